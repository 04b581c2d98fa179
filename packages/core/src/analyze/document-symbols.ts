import {Int32RunsBuilder} from './int32-runs'
import type {MetricSymbols} from './sentence-analysis'

/**
 * One kind of metric symbol (chrF++ words or BLEU tokens) for
 * every sentence of a document, laid end to end in one typed array: the
 * symbols of sentence `s` are `symbols[firstSymbol[s]]` to
 * `symbols[firstSymbol[s + 1] - 1]`. One allocation per document instead of
 * one per sentence, which on large inputs left the process holding memory
 * the allocator never returned; and a group of consecutive sentences is a
 * view of one range, not a copy.
 */
export interface SymbolRuns {
  /** The symbols of all sentences, in order. */
  readonly symbols: Int32Array
  /** Where each sentence's symbols start, plus one last entry (the total). */
  readonly firstSymbol: Int32Array
}

/**
 * The word symbols of every sentence of one document (`analyzeSentences`).
 * chrF's characters are not kept: they are the code points of a bead side's
 * text, read from the text when the side is scored (`groupSymbols`), which
 * costs a pass over the text and spares holding 4 bytes per character of
 * both documents until every bead is scored.
 */
export interface DocumentSymbols {
  /** Ids of chrF++'s word tokens. */
  readonly chrfWords: SymbolRuns
  /** Ids of BLEU's `13a` tokens. */
  readonly bleuTokens: SymbolRuns
  /** Ids of TER's words (`defaultTerWords`: lowercased, split at whitespace). */
  readonly terWords: SymbolRuns
}

/**
 * The metric symbols of one side of a bead: the symbols chrF, chrF++ and
 * BLEU count, and the words TER aligns as ids (`defaultTerWords`, with
 * the ids of the same vocabulary). Lowercasing never looks across
 * whitespace, so the words of sentences separated by whitespace are the
 * words of each sentence, one after the other.
 */
export interface SideSymbols extends MetricSymbols {
  /** Ids of TER's words. */
  readonly terWords: Int32Array
}

/** Collects the runs of one kind of symbol, sentence by sentence, into a growing buffer. */
export class SymbolRunsBuilder {
  private readonly runs: Int32RunsBuilder

  /**
   * @param sentenceCount How many sentences the document has.
   * @param expected A guess of the total, to size the buffer (it grows as needed).
   */
  constructor(sentenceCount: number, expected: number) {
    this.runs = new Int32RunsBuilder(sentenceCount, expected)
  }

  /** Add the symbols of the next sentence. */
  add(run: ArrayLike<number>): void {
    this.runs.addRun(run)
  }

  /** Start the next sentence: the symbols pushed after this call are its symbols. */
  startRun(): void {
    this.runs.startRun()
  }

  /** Add a symbol to the current sentence. */
  push(symbol: number): void {
    this.runs.push(symbol)
  }

  /** The runs collected, trimmed to size. */
  finish(): SymbolRuns {
    const {values, firstItem} = this.runs.finish()
    return {symbols: values, firstSymbol: firstItem}
  }
}

/**
 * The word symbols of sentences `from` to `to - 1`, as views of the
 * document's arrays (no copy): what concatenating each sentence's symbols gives.
 *
 * @param symbols The document's symbols.
 * @param from First sentence.
 * @param to One past the last sentence.
 * @returns The word symbols of the range.
 */
export function symbolsOfRange(symbols: DocumentSymbols, from: number, to: number): Omit<SideSymbols, 'characters'> {
  const view = (runs: SymbolRuns) => runs.symbols.subarray(runs.firstSymbol[from]!, runs.firstSymbol[to]!)
  return {chrfWords: view(symbols.chrfWords), bleuTokens: view(symbols.bleuTokens), terWords: view(symbols.terWords)}
}
