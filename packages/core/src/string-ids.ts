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

/**
 * Strings given integer ids in the order they are first met, looked up by a
 * range of a text rather than by a string: a word met again costs a hash of
 * its code units and one comparison, and no string is made for it (a
 * `StringIds` lookup needs the word sliced out first, a new string to hash
 * per occurrence). An open-addressing hash table of ids, at most half full.
 * The word tables of a comparison (the analysis' words, the whole-text split's
 * forms) are built on it.
 */
export class RangeIds {
  /** Each string, by id. */
  readonly texts: string[] = []
  /** `slots[k]` is an id plus one, 0 for an empty slot. */
  private slots = new Int32Array(256)
  /** The hash of each string, by id. */
  private hashes = new Int32Array(128)

  /** Number of strings given an id. */
  get size(): number {
    return this.texts.length
  }

  /**
   * The id of `text`, when it has one.
   *
   * @param text Any string.
   * @returns Its id, or `undefined`.
   */
  find(text: string): number | undefined {
    const found = this.probe(text, 0, text.length, hashRange(text, 0, text.length))
    return found < 0 ? undefined : found
  }

  /**
   * The id of `text`, given the next one when it is new.
   *
   * @param text Any string.
   * @returns Its id, from 0 up.
   */
  idOf(text: string): number {
    return this.idOfRange(text, 0, text.length)
  }

  /**
   * The id of `text.slice(start, end)`, given the next one when it is new;
   * no string is made when it is known.
   *
   * @param text A text.
   * @param start Start of the range in it.
   * @param end End of the range (exclusive).
   * @returns Its id, from 0 up.
   */
  idOfRange(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end)
    const found = this.probe(text, start, end, hash)
    if (found >= 0) return found
    return this.add(start === 0 && end === text.length ? text : text.slice(start, end), hash, ~found)
  }

  /**
   * The id of `text.toLowerCase()` when `text` is plain ASCII, given the next
   * one when it is new; no string is made when it is known, nor when `text`
   * is lowercase already (it is then its own lowercase).
   *
   * @param text Any string.
   * @returns Its lowercase's id, or -1 when `text` holds a unit outside ASCII (look `text.toLowerCase()` up with `idOf`).
   */
  idOfAsciiLowercase(text: string): number {
    const length = text.length
    let hash = 0x811c9dc5
    let upper = false
    for (let index = 0; index < length; index++) {
      let code = text.charCodeAt(index)
      if (code >= 0x80) return -1
      if (code >= 65 && code <= 90) {
        code += 32
        upper = true
      }
      hash = Math.imul(hash ^ code, 0x01000193)
    }
    hash >>>= 1
    const {slots, texts, hashes} = this
    const mask = slots.length - 1
    let slot = hash & mask
    for (; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!
      if (entry === 0) break
      const id = entry - 1
      if (hashes[id] !== hash) continue
      const known = texts[id]!
      if (known.length !== length) continue
      let k = 0
      while (k < length && known.charCodeAt(k) === lowerAscii(text.charCodeAt(k))) k++
      if (k === length) return id
    }
    return this.add(upper ? text.toLowerCase() : text, hash, slot)
  }

  /** Give `text` (not in the table; its hash `hash`, its empty slot `slot`) the next id. */
  private add(text: string, hash: number, slot: number): number {
    const id = this.texts.length
    this.texts.push(text)
    if (id === this.hashes.length) {
      const grown = new Int32Array(2 * id)
      grown.set(this.hashes)
      this.hashes = grown
    }
    this.hashes[id] = hash
    this.slots[slot] = id + 1
    if (2 * this.texts.length > this.slots.length) this.grow()
    return id
  }

  /** The id of `text[start, end)`, or the complement (`~slot`) of the empty slot where it belongs. */
  private probe(text: string, start: number, end: number, hash: number): number {
    const {slots, texts, hashes} = this
    const mask = slots.length - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!
      if (entry === 0) return ~slot
      const id = entry - 1
      if (hashes[id] !== hash) continue
      const known = texts[id]!
      if (known.length !== length) continue
      let k = 0
      while (k < length && known.charCodeAt(k) === text.charCodeAt(start + k)) k++
      if (k === length) return id
    }
  }

  private grow(): void {
    const slots = new Int32Array(2 * this.slots.length)
    const mask = slots.length - 1
    const {hashes} = this
    for (let id = 0; id < this.texts.length; id++) {
      let slot = hashes[id]! & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = id + 1
    }
    this.slots = slots
  }
}

/** An ASCII code unit lowercased (`A`–`Z` to `a`–`z`), any other as it is. */
function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`, as a non-negative 31-bit number. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return hash >>> 1
}
