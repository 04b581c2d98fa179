import type {Span} from '@driftlens/core'

/**
 * Elements that start and end a paragraph of their own. Text inside them is
 * never joined to the text around them, which is what `textContent` does
 * ("end.Next").
 */
const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
])

/** Elements whose content is never text a person reads on the page. */
const skippedTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT'])

/** The text of a DOM subtree as paragraphs, and where each paragraph is in it. */
export interface BlockText {
  /** The paragraphs joined with blank lines (`\n\n`). */
  readonly text: string
  /** One span per paragraph into `text`. */
  readonly paragraphs: readonly Span[]
}

/** The few DOM members the walk reads; linkedom's nodes and a browser's both have them. */
interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly nodeValue: string | null
  readonly childNodes: ArrayLike<DomNode>
}

/**
 * Collect the text of a DOM subtree paragraph by paragraph: block elements
 * (`p`, `li`, headings, table cells, `div`, …) each end the paragraph being
 * built, `br` becomes a line break inside it, runs of white space become one
 * space except inside `pre`, and scripts, styles, forms and embedded frames
 * are skipped. Paragraphs are joined with a blank line.
 *
 * @param root The element whose text to collect (it is only read).
 * @returns The text and its paragraph spans.
 */
export function collectBlockText(root: DomNode): BlockText {
  const paragraphs: string[] = []
  let current = ''
  let preDepth = 0

  const flush = () => {
    const paragraph = preDepth > 0 ? current.replace(/^\n+|\s+$/g, '') : current.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/^\s+|\s+$/g, '')
    if (paragraph !== '') paragraphs.push(paragraph)
    current = ''
  }

  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? ''
      current += preDepth > 0 ? value : value.replace(/\s+/g, ' ')
      return
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const name = node.nodeName.toUpperCase()
    if (skippedTags.has(name)) return
    if (name === 'BR') {
      current = current.replace(/ +$/, '') + '\n'
      return
    }
    const block = blockTags.has(name)
    if (block) flush()
    if (name === 'PRE') preDepth++
    const children = node.childNodes
    for (let index = 0; index < children.length; index++) walk(children[index]!)
    if (block) flush()
    if (name === 'PRE') preDepth--
  }

  walk(root)
  flush()
  const spans: Span[] = []
  let offset = 0
  for (const paragraph of paragraphs) {
    spans.push({start: offset, end: offset + paragraph.length})
    offset += paragraph.length + 2
  }
  return {text: paragraphs.join('\n\n'), paragraphs: spans}
}
