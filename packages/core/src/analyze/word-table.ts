import {WordForms} from '../normalize/text-words'
import {RangeIds} from '../string-ids'
import {wordKey} from './word-key'

/**
 * The words of one comparison, each distinct word met once: the written
 * forms of both texts given ids by one range lookup (`WordForms`: a known
 * word costs no string, and each form's lowercase gets an id), and each
 * folded word's content-word key (`wordKey`: the stemming) worked out once.
 * The sentence analysis (its words and the aligner's keys) and the passage
 * finder's keys read the same table when they are given it, so a word is
 * interned, folded and keyed once per comparison rather than once per step.
 *
 * Layout, all indexed by id: `texts[form]` and `lowerIds[form]` (the id of
 * the form's lowercase in `lowerTexts`); a folded word (lowercase, with
 * apostrophes and dashes made plain, as the aligner's fold and the passage
 * finder give it) has an id in the folded words (`foldedIdOf`), and
 * `keyOfFolded(id)` is its key (`''` for a stop word). The drift signals
 * could read the same: a form's lowercase and, through `foldedIdOfLower`, the
 * stem-based key of an ASCII word.
 */
export class WordTable extends WordForms {
  /** The folded words whose key was asked for. */
  private readonly foldedWords = new RangeIds()
  /** `wordKey` of each folded word, by folded id (`''` for a stop word). */
  private readonly foldedKeys: string[] = []
  /** Folded id of each lowercase form (ASCII ones only), by lowercase id; -1 until asked. */
  private lowerFolded = new Int32Array(256).fill(-1)

  /**
   * The id of the folded word `text[start, end)` among the table's folded
   * words, its key (`keyOfFolded`) worked out when it is new.
   *
   * @param text A text holding a folded word (lowercase; apostrophes and dashes plain).
   * @param start Start of the word in it.
   * @param end End of the word (exclusive).
   * @returns Its folded id, from 0 up, in order of first request.
   */
  foldedIdOf(text: string, start: number, end: number): number {
    const id = this.foldedWords.idOfRange(text, start, end)
    if (id === this.foldedKeys.length) this.foldedKeys.push(wordKey(this.foldedWords.texts[id]!))
    return id
  }

  /**
   * The content-word key of a folded word: `wordKey` of its text.
   *
   * @param foldedId An id from `foldedIdOf`.
   * @returns The key, `''` for a stop word.
   */
  keyOfFolded(foldedId: number): string {
    return this.foldedKeys[foldedId]!
  }

  /**
   * The folded id of a lowercase form whose text is plain ASCII (its own
   * fold), read from an array after the first time.
   *
   * @param lowerId A lowercase id (`lowerIds[form]`) whose text is ASCII.
   * @returns `foldedIdOf` its text.
   */
  foldedIdOfLower(lowerId: number): number {
    if (lowerId >= this.lowerFolded.length) {
      const grown = new Int32Array(Math.max(lowerId + 1, 2 * this.lowerFolded.length)).fill(-1)
      grown.set(this.lowerFolded)
      this.lowerFolded = grown
    }
    let id = this.lowerFolded[lowerId]!
    if (id < 0) {
      const lower = this.lowerTexts[lowerId]!
      id = this.foldedIdOf(lower, 0, lower.length)
      this.lowerFolded[lowerId] = id
    }
    return id
  }
}
