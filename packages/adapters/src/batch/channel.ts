/**
 * A hand-over point between a push-style writer (a stream's write callback)
 * and a pull-style reader (an async iterator): `put` resolves once the
 * reader has taken the value, so the writer never runs ahead of the reader
 * and nothing piles up in between.
 */
export interface Channel<T> extends AsyncIterable<T> {
  /** Offer a value; resolves when the reader took it. */
  put(value: T): Promise<void>
  /** No more values: the reader's loop ends after the ones already offered. */
  end(): void
}

/** Create a channel (see `Channel`). */
export function createChannel<T>(): Channel<T> {
  const offered: {value: T; taken: () => void}[] = []
  let ended = false
  let wake: (() => void) | undefined
  const notify = () => {
    const resolve = wake
    wake = undefined
    resolve?.()
  }
  return {
    put(value) {
      return new Promise<void>((taken) => {
        offered.push({value, taken})
        notify()
      })
    },
    end() {
      ended = true
      notify()
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const next = offered.shift()
        if (next) {
          next.taken()
          yield next.value
          continue
        }
        if (ended) return
        await new Promise<void>((resolve) => (wake = resolve))
      }
    },
  }
}
