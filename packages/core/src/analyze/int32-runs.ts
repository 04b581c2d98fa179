/**
 * Int32 values collected run by run (one run per sentence) into one growing
 * buffer, with where each run starts: the shape both the words
 * (`document-words.ts`) and the metric symbols (`document-symbols.ts`) of a
 * document are kept in. An item may span several values (a word is a start
 * and an end); run starts are counted in items.
 */
export class Int32RunsBuilder {
  private values: Int32Array
  private length = 0
  private readonly firstItem: Int32Array
  private run = 0

  /**
   * @param runCount How many runs there will be.
   * @param expectedItems A guess of the item count, to size the buffer (it grows as needed).
   * @param valuesPerItem How many values make one item.
   */
  constructor(
    runCount: number,
    expectedItems: number,
    private readonly valuesPerItem = 1,
  ) {
    this.firstItem = new Int32Array(runCount + 1)
    this.values = new Int32Array(Math.max(16, valuesPerItem * expectedItems))
  }

  /** Start the next run: the values added after this call are its values. */
  startRun(): void {
    this.firstItem[this.run++] = this.length / this.valuesPerItem
  }

  /** Add a value to the current run. */
  push(value: number): void {
    if (this.length === this.values.length) this.reserve(1)
    this.values[this.length++] = value
  }

  /** Start the next run with all of `run`'s values. */
  addRun(run: ArrayLike<number>): void {
    this.startRun()
    this.reserve(run.length)
    this.values.set(run, this.length)
    this.length += run.length
  }

  /** The values collected, trimmed to size, and the first item of each run plus one last entry (the item count). */
  finish(): {readonly values: Int32Array; readonly firstItem: Int32Array} {
    this.firstItem[this.run] = this.length / this.valuesPerItem
    return {values: this.values.slice(0, this.length), firstItem: this.firstItem}
  }

  private reserve(count: number): void {
    if (this.length + count <= this.values.length) return
    const grown = new Int32Array(Math.max(2 * this.values.length, this.length + count))
    grown.set(this.values.subarray(0, this.length))
    this.values = grown
  }
}
