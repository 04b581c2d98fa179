import {Readability} from '@mozilla/readability'
import {parseHTML} from 'linkedom'
import type {Span} from '@driftlens/core'
import {collectBlockText} from './block-text'

/** Options of `extractArticle`. */
export interface ExtractArticleOptions {
  /** The page's address, used to resolve relative links and as a hint to Readability. */
  readonly url?: string
}

/** The defaults of `extractArticle`. */
export const defaultExtractArticleOptions = {} as const satisfies ExtractArticleOptions

/** The readable article of an HTML page. */
export interface ExtractedArticle {
  /** The article's title (`''` when the page has none). */
  readonly title: string
  /** Its author line, when the page names one. */
  readonly byline?: string
  /** Its publication time as the page states it (usually ISO 8601), when it does. */
  readonly published?: string
  /** The language the page declares (`<html lang>`), when it does. */
  readonly language?: string
  /** The article's text: one paragraph per block element, joined with blank lines. `''` when `readable` is false. */
  readonly text: string
  /** One span per paragraph into `text`. */
  readonly paragraphs: readonly Span[]
  /** False when no article was found on the page (`text` is then empty). */
  readonly readable: boolean
}

/**
 * Elements removed before Readability looks at the page: scripts and
 * styles (linkedom never runs them; removing them keeps their text out),
 * navigation, frames and embedded media. Forms stay: some sites wrap the
 * whole page in one; and classes are not matched on the whole page, since
 * wrappers of the article carry names such as `has-advertising`.
 * Readability's own scoring
 * then removes the rest of the page's furniture (ads, related links,
 * comments) by the text and link density of each block.
 */
const removedSelector = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'nav', 'button', 'select', 'textarea', 'svg', 'canvas', 'dialog',
].join(', ')

/**
 * Find the article in an HTML page and return its text paragraph by
 * paragraph. The page is parsed with linkedom (a DOM without a script
 * engine: nothing on the page is executed or fetched) and the article is
 * chosen by Mozilla's Readability, the algorithm of Firefox's Reader View.
 * The text is rebuilt from the article's block elements, joined with blank
 * lines, instead of Readability's `textContent`, which glues paragraphs
 * together ("end.Next").
 *
 * Never throws on any page: a page without an article gives
 * `{readable: false, text: ''}`.
 *
 * @param html The page's HTML.
 * @param options `url` of the page.
 * @returns The title, byline, publication time, language, text and paragraph spans.
 */
export function extractArticle(html: string, options: ExtractArticleOptions = {}): ExtractedArticle {
  const {url} = resolveExtractArticleOptions(options)
  if (typeof html !== 'string') throw new TypeError(`Expected \`html\` to be a string, not \`${typeof html}\``)
  let document: PageDocument
  try {
    document = parseHTML(html).document
  } catch {
    return {title: '', text: '', paragraphs: [], readable: false}
  }
  const language = document.documentElement?.getAttribute('lang')?.trim() || undefined
  for (const element of Array.from(document.querySelectorAll(removedSelector)) as {remove(): void}[]) element.remove()
  if (url !== undefined) setBaseUrl(document, url)
  let article: ReturnType<Readability<unknown>['parse']> = null
  try {
    article = new Readability<unknown>(document as never, {serializer: (node) => node, keepClasses: true}).parse()
  } catch {
    article = null
  }
  const title = clean(article?.title) ?? clean(document.querySelector('title')?.textContent) ?? ''
  if (article?.content) removeFurniture(article.content as ContentElement)
  const found = article?.content ? collectBlockText(article.content as never) : {text: '', paragraphs: []}
  const byline = clean(article?.byline)
  const published = clean(article?.publishedTime)
  const lang = clean(article?.lang) ?? language
  return {
    title,
    ...(byline === undefined ? {} : {byline}),
    ...(published === undefined ? {} : {published}),
    ...(lang === undefined ? {} : {language: lang}),
    text: found.text,
    paragraphs: found.paragraphs,
    readable: found.text !== '',
  }
}

function resolveExtractArticleOptions(options: ExtractArticleOptions): ExtractArticleOptions {
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected \`options\` to be an object, not \`${String(options)}\``)
  for (const key of Object.keys(options)) {
    if (!(key in {url: true})) throw new TypeError(`Expected no option \`${key}\` in \`extractArticle\`: known options are \`url\``)
  }
  if (options.url !== undefined && typeof options.url !== 'string') {
    throw new TypeError(`Expected \`url\` to be a string, not \`${String(options.url)}\``)
  }
  return {...defaultExtractArticleOptions, ...options}
}

/** Give the page a `<base href>` when it has none, so Readability resolves relative links against the page's address. */
function setBaseUrl(document: PageDocument, url: string): void {
  if (document.querySelector('base[href]') || !document.head) return
  const base = document.createElement('base')
  base.setAttribute('href', url)
  document.head.prepend(base)
}

/**
 * Inside the article Readability chose, the parts that are about the
 * article rather than of it: captions and photo credits, time stamps,
 * "related" and "read more" boxes, newsletter and share prompts, ad slots.
 * Matched by element and by the class and id names publishers use for
 * them, never by their text.
 */
const furnitureSelector = [
  'figcaption', 'time',
  '[class*="caption" i]', '[class*="credit" i]', '[class*="related" i]', '[class*="newsletter" i]',
  '[class*="share" i]', '[class*="social" i]', '[class*="promo" i]', '[class*="timestamp" i]', '[class*="advert" i]',
  '[id*="related" i]', '[id*="newsletter" i]',
].join(', ')

interface ContentElement {
  querySelectorAll(selector: string): ArrayLike<{remove(): void}>
}

function removeFurniture(content: ContentElement): void {
  for (const element of Array.from(content.querySelectorAll(furnitureSelector))) element.remove()
}

type PageDocument = ReturnType<typeof parseHTML>['document']

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim()
  return trimmed ? trimmed : undefined
}
