import {compareTexts, type CompareOptions, type DriftReport} from '@driftlens/core'
import {extractArticle} from '../inputs/extract-article'
import {RecordFailure, type ResolvedRecord, type ResolvedSide} from './resolve-record'

/**
 * Compare one resolved record: extract the article of an HTML side, then
 * `compareTexts`. The same function runs in this thread and in the worker
 * threads, so both give the same results.
 *
 * @param record Both sides as text or HTML.
 * @param options `compareTexts` options.
 * @returns The report; throws a `RecordFailure` when a page has no article.
 */
export function runComparison(record: ResolvedRecord, options: CompareOptions): DriftReport {
  const source = sideText(record.source, 'source')
  const variant = sideText(record.variant, 'variant')
  try {
    return compareTexts(source, variant, options)
  } catch (error) {
    throw new RecordFailure({code: 'ERR_COMPARE', message: error instanceof Error ? error.message : String(error)})
  }
}

function sideText(side: ResolvedSide, name: string): string {
  if ('text' in side) return side.text
  const article = extractArticle(side.html, side.url === undefined ? {} : {url: side.url})
  if (!article.readable) throw new RecordFailure({code: 'ERR_NOT_READABLE', message: `no article found in the \`${name}\` page${side.url ? ` (${side.url})` : ''}`})
  return article.text
}
