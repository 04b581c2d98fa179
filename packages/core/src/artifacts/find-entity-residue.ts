import {type EntityForm, findEntities} from '../normalize/html-entities'
import type {Artifact} from '../types'
import {type ArtifactContext, makeArtifact, prefersCurlyQuotes} from './artifact-context'
import {collapsedFinding} from './collapse-findings'
import {escapedTagPattern} from './find-markup-residue'

/** What happened to an entity, by its form, for messages. */
const howByForm: Readonly<Record<EntityForm, string>> = {
  reference: 'was never decoded',
  'double-encoded': 'was encoded twice and never decoded',
  'no-semicolon': 'lost its semicolon',
  'no-ampersand': 'lost its ampersand',
  spaced: 'has spaces inside it',
}

/**
 * Find HTML entities that were never decoded or were broken on the way:
 * any of the HTML standard's 2,125 named references (`&quot;`, `&rarr;`,
 * `&Scaron;`) and numeric ones (`&#8217;`, `&#x2019;`; `&#0;`, surrogates and
 * numbers past U+10FFFF stand for U+FFFD), double-encoded `&amp;quot;`,
 * entities that lost their ampersand (`America,quot;`) or their semicolon
 * (`&quot`), and spaced-out ones (`& # 39;`). The scanner is the one
 * `normalizeText` decodes with (`matchEntityAt`). Plain ampersands (`AT&T`,
 * `Q&A`, `this&not that`), words that end like an entity (`quota;`,
 * `aliquot;`, `camp;`), `Lot #39;` and URL queries (`&copy=`) are left
 * alone. Escaped tags (`&lt;p&gt;`) belong to markup residue and are skipped
 * here. Severity `error`: the text is corrupted.
 *
 * @param context The text and what is known about it.
 * @returns The residues in order, each with the decoded character as suggestion.
 */
export function findEntityResidue(context: ArtifactContext): Artifact[] {
  const {text, side} = context
  const entities = findEntities(text)
  if (entities.length === 0) return []
  // One flag per code unit marks escaped tags, so the overlap check stays linear.
  const inTag = new Uint8Array(text.length)
  if (text.includes('&lt;')) for (const match of text.matchAll(escapedTagPattern)) inTag.fill(1, match.index, match.index + match[0].length)
  const found: Artifact[] = []
  const curly = prefersCurlyQuotes(text)
  for (let index = 0; index < entities.length; index++) {
    const {start, end, value, form} = entities[index]!
    if (inTag[start] === 1) continue
    const opening = isOpeningPosition(text, start, end)
    const suggestion = repairFor(value, opening, curly)
    found.push(makeArtifact(text, side, 'entity-residue', start, end, 'error', `The HTML entity \`${text.slice(start, end)}\` ${howByForm[form]}; it stands for ${describe(value, opening)}.`, suggestion))
    if (found.length === context.maxPerKind && index + 1 < entities.length) {
      // Past the cap: count the rest (entities come in text order) instead of building them.
      let count = 1
      let reach = end
      for (let rest = index + 1; rest < entities.length; rest++) {
        if (inTag[entities[rest]!.start] === 1) continue
        count++
        reach = entities[rest]!.end
      }
      if (count > 1) found[found.length - 1] = collapsedFinding(found[found.length - 1]!, {count, reach, severity: 'error'})
      break
    }
  }
  return found
}

/** True when a quote at `[start, end)` would open a quotation: after a space or bracket and before a non-space. */
function isOpeningPosition(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : ' '
  return /[\s([{—–-]/.test(before) && end < text.length && !/\s/.test(text[end]!)
}

/** The repair for an entity: a quote fitted to its position and the document's quote style, or the decoded character. */
function repairFor(decoded: string, opening: boolean, curly: boolean): string {
  if (!curly) return decoded
  if (decoded === '"') return opening ? '“' : '”'
  if (decoded === "'") return opening ? '‘' : '’'
  return decoded
}

/** A short name for what an entity stands for, for messages. */
function describe(decoded: string, opening: boolean): string {
  if (decoded === '"') return opening ? 'an opening quotation mark' : 'a closing quotation mark'
  if (decoded === "'" || decoded === '’') return 'an apostrophe or single quote'
  if (decoded === '\u00a0') return 'a no-break space'
  if (decoded === '\ufffd') return 'no character (U+FFFD)'
  if (decoded === '&') return 'an ampersand'
  return `\`${decoded}\``
}
