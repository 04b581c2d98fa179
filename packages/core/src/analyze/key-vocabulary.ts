import {StringIds} from '../string-ids'

/**
 * The content-word keys of one comparison (`wordKey`: `attacks` and
 * `attack` share `attack`), each given an integer id the first time it is
 * met. The sentences of the source are read before those of the variant, so
 * the ids follow the order in which the keys first appear in the two
 * documents read one after the other: the aligner's word ids, whose order
 * fixes the order in which it adds word weights (and so every similarity, to
 * the last bit).
 */
export class KeyVocabulary extends StringIds {
  /** 1 for a key made only of digits and periods (a number, whose weight the aligner caps lower), by id; grown as ids are given. */
  private numberFlags = new Uint8Array(64)

  /** The id of `key`, given a new one when it is new. */
  override idOf(key: string): number {
    const known = this.size
    const id = super.idOf(key)
    if (id === known) {
      if (id === this.numberFlags.length) {
        const grown = new Uint8Array(2 * id)
        grown.set(this.numberFlags)
        this.numberFlags = grown
      }
      this.numberFlags[id] = numberPattern.test(key) ? 1 : 0
    }
    return id
  }

  /** Whether key `id` is a number (digits and periods only). */
  isNumber(id: number): boolean {
    return this.numberFlags[id] === 1
  }
}

const numberPattern = /^[\p{N}.]+$/u
