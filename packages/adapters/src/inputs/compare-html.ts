import {compareTexts, type CompareOptions, type DriftReport} from '@driftlens/core'
import {extractArticle, type ExtractedArticle} from './extract-article'

/** Options of `compareHtml`: the comparison's own options, and the pages' addresses. */
export interface CompareHtmlOptions extends CompareOptions {
  /** The source page's address (see `extractArticle`'s `url`). */
  readonly sourceUrl?: string
  /** The variant page's address. */
  readonly variantUrl?: string
}

/** The result of `compareHtml`: the report, and the two articles whose `text` its spans point into. */
export interface HtmlComparison {
  readonly report: DriftReport
  readonly source: ExtractedArticle
  readonly variant: ExtractedArticle
}

/**
 * Compare two HTML pages: extract each page's article (`extractArticle`)
 * and compare the two texts (`compareTexts`). The report's spans are
 * offsets into `source.text` and `variant.text`. A page without an article
 * is compared as empty text, and its `readable` is false.
 *
 * @param sourceHtml The source page.
 * @param variantHtml The variant page.
 * @param options `compareTexts` options, plus `sourceUrl` and `variantUrl`.
 * @returns The report and the two extracted articles.
 */
export function compareHtml(sourceHtml: string, variantHtml: string, options: CompareHtmlOptions = {}): HtmlComparison {
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` to be an object, not \`${String(options)}\``)
  const {sourceUrl, variantUrl, ...compareOptions} = options
  const source = extractArticle(sourceHtml, sourceUrl === undefined ? {} : {url: sourceUrl})
  const variant = extractArticle(variantHtml, variantUrl === undefined ? {} : {url: variantUrl})
  return {report: compareTexts(source.text, variant.text, compareOptions), source, variant}
}
