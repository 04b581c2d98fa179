/**
 * Strings given integer ids in the order they are first met: the one
 * interning table behind the pipeline's vocabularies (the analysis' words
 * and content-word keys, the metric symbols, the drift signals' word keys).
 * A step keeps what it works out about a string in arrays indexed by its id,
 * so that it is worked out once per distinct string rather than per
 * occurrence.
 */
export class StringIds {
  /** Each string, by id. */
  readonly texts: string[] = []
  private readonly ids = new Map<string, number>()

  /** Number of strings given an id. */
  get size(): number {
    return this.texts.length
  }

  /**
   * The id of `text`, given the next one when it is new.
   *
   * @param text Any string.
   * @returns Its id, from 0 up.
   */
  idOf(text: string): number {
    let id = this.ids.get(text)
    if (id === undefined) {
      id = this.texts.length
      this.ids.set(text, id)
      this.texts.push(text)
    }
    return id
  }
}
