import {chrfWords} from '../metrics/chrf'
import {isPythonWhitespace} from '../metrics/python-text'
import {defaultTerWords} from '../metrics/ter'
import {bleu13aTokens} from '../metrics/tokens-13a'
import type {SymbolRunsBuilder} from './document-symbols'
import {StringIds} from '../string-ids'

/**
 * The ids of the metric symbols of a source and a variant analysed
 * together (chrF++'s words, BLEU's 13a tokens and TER's words share them:
 * the same string, the same id), and what each distinct whitespace-separated
 * word of their sentences gives each metric.
 *
 * chrF++'s words, 13a's tokens and TER's lowercased words never run across
 * whitespace, and none of the three looks across it (13a's period and
 * comma rules read a character's neighbours, and whitespace is neither a
 * digit nor a period or comma; lowercasing's final sigma stops at it), so
 * a sentence's symbols are its words' symbols one after the other. A word
 * is tokenized and its pieces given ids the first time it is met; every
 * later occurrence costs one lookup instead of three tokenizations and
 * three. 13a's unescaping of `&quot;` and the like works within a word
 * (no entity holds whitespace); a sentence with a hyphen before a line
 * break (which 13a joins across the break) or `<skipped>` is tokenized
 * whole.
 */
export class MetricVocabulary {
  private readonly symbols = new StringIds()
  /** The index of the word whose symbol id this is (a word is a symbol too), or -1 for a symbol not yet met as a word. */
  private wordIndexOf = new Int32Array(1024).fill(-1)
  /** Words met so far. */
  private wordCount = 0
  /** The ids of the symbols of word `w`: `chrf` from `chrfFirst[w]` to `chrfFirst[w + 1]`, and so on. */
  private readonly chrf: number[] = []
  private readonly chrfFirst: number[] = [0]
  private readonly bleu: number[] = []
  private readonly bleuFirst: number[] = [0]
  private readonly ter: number[] = []

  /** The id of a symbol, a new one the first time. */
  idOf(symbol: string): number {
    return this.symbols.idOf(symbol)
  }

  /**
   * Add the symbols of one sentence to the runs of each metric.
   *
   * @param text The sentence.
   * @param chrf Where chrF++'s word ids go (the sentence's run is started here).
   * @param bleu Where 13a's token ids go.
   * @param ter Where TER's word ids go.
   */
  addSentence(text: string, chrf: SymbolRunsBuilder, bleu: SymbolRunsBuilder, ter: SymbolRunsBuilder): void {
    if (text.includes('-\n') || text.includes('<skipped>')) {
      chrf.add(this.idsOf(chrfWords(text)))
      bleu.add(this.idsOf(bleu13aTokens(text)))
      ter.add(this.idsOf(defaultTerWords(text)))
      return
    }
    chrf.startRun()
    bleu.startRun()
    ter.startRun()
    let start = -1
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !isPythonWhitespace(text.charCodeAt(i))) {
        if (start < 0) start = i
        continue
      }
      if (start < 0) continue
      const word = this.wordOf(text.slice(start, i))
      start = -1
      for (let k = this.chrfFirst[word]!; k < this.chrfFirst[word + 1]!; k++) chrf.push(this.chrf[k]!)
      for (let k = this.bleuFirst[word]!; k < this.bleuFirst[word + 1]!; k++) bleu.push(this.bleu[k]!)
      ter.push(this.ter[word]!)
    }
  }

  /**
   * The index of a whitespace-separated word, its symbols worked out the
   * first time. A word without ASCII punctuation is one chrF++ word and one
   * 13a token as it is (both split only at whitespace and ASCII
   * punctuation, and 13a's unescaping starts at `&` or `<`), so only a word
   * with some is tokenized; one of lowercase ASCII is its own TER word.
   *
   * @param word The word.
   */
  private wordOf(word: string): number {
    // The word's own id, which is its chrF++ word, 13a token and TER word when tokenizing and lowercasing leave it as it is.
    const id = this.symbols.idOf(word)
    if (id < this.wordIndexOf.length) {
      const known = this.wordIndexOf[id]!
      if (known >= 0) return known
    }
    const index = this.wordCount++
    // What the word holds: ASCII punctuation (which chrF++'s words and 13a may split off), and characters lowercasing may change.
    let punctuation = false
    let foldable = false
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i)
      if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) foldable = true
      else if (isAsciiPunctuation(code)) punctuation = true
    }
    if (punctuation) {
      for (const piece of chrfWords(word)) this.chrf.push(this.idOf(piece))
      this.chrfFirst.push(this.chrf.length)
      for (const token of bleu13aTokens(word)) this.bleu.push(this.idOf(token))
      this.bleuFirst.push(this.bleu.length)
    } else {
      this.chrf.push(id)
      this.chrfFirst.push(this.chrf.length)
      this.bleu.push(id)
      this.bleuFirst.push(this.bleu.length)
    }
    this.ter.push(foldable ? this.idOf(word.toLowerCase()) : id)
    // Room for every id given so far (the word's pieces and lowercase form included).
    if (this.wordIndexOf.length < this.symbols.size) {
      let length = this.wordIndexOf.length
      while (length < this.symbols.size) length *= 2
      const grown = new Int32Array(length).fill(-1)
      grown.set(this.wordIndexOf)
      this.wordIndexOf = grown
    }
    this.wordIndexOf[id] = index
    return index
  }

  private idsOf(symbols: readonly string[]): Int32Array {
    const ids = new Int32Array(symbols.length)
    for (let i = 0; i < symbols.length; i++) ids[i] = this.idOf(symbols[i]!)
    return ids
  }
}

/** True for the ASCII punctuation characters (`!` to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`). */
function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e)
}
