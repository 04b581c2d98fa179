import type {TextSpan} from '../../types'
import {cardinalWords} from '../../normalize/lexicon/index'
import type {NameMention} from './name-mentions'
import {sideText} from './signal-text'

/**
 * Names and their acronyms: the initials of a name (`Nuclear
 * Non-Proliferation Treaty` → `nnpt`), an acronym that abbreviates them
 * (`NPT`), and neighbouring names joined by `and` that spell one out
 * (`National Aeronautics` and `Space Administration` for `NASA`).
 * Internal to `findEntitySignals`.
 */

const acronymConnectors = /* @__PURE__ */ new Set(['of', 'the', 'and', 'for', 'al', 'on', 'de'])

/**
 * The initials of a multi-word name, hyphenated parts included
 * (`Nuclear Non-Proliferation Treaty` → `nnpt`), and for a one-word
 * all-capitals name the word itself (`WHO` → `who`), so that a name and its
 * acronym meet.
 */
function initialsOf(name: NameMention): string {
  const words = name.text.split(/[\s\-‐]+/).filter((w) => w.length > 0 && !acronymConnectors.has(w.toLowerCase()))
  if (words.length === 1) return isAcronymWord(words[0] as string) ? (words[0] as string).toLowerCase().replace(/-/g, '') : ''
  // A number word stands for its figure: `Group of Seven` → `g7`, `Group of Twenty` → `g20`;
  // an acronym inside a longer name for all its letters: `NASA Goddard` → `nasag`, as
  // `National Aeronautics and Space Administration Goddard` gives.
  return words
    .map((w) => (Object.hasOwn(cardinalWords, w.toLowerCase()) ? String(cardinalWords[w.toLowerCase()]) : /^\p{Lu}{2,8}$/u.test(w) ? w : w[0]))
    .join('')
    .toLowerCase()
}

/** An acronym as one word: capitals (`NPT`), or capitals and a figure (`G7`, `G20`). */
function isAcronymWord(word: string): boolean {
  return /^\p{Lu}{2,8}$/u.test(word) || /^\p{Lu}{1,4}\d{1,3}$/u.test(word)
}

/**
 * True when `acronym` abbreviates a name with these initials: equal, or its
 * letters taken in order from them, first and last initials included
 * (`npt` ↔ `nnpt` for Nuclear Non-Proliferation Treaty).
 */
function abbreviates(acronym: string, initials: string): boolean {
  if (acronym.length < 2 || initials.length < 2) return false
  if (acronym === initials) return true
  if (acronym.length >= initials.length || acronym[0] !== initials[0] || acronym[acronym.length - 1] !== initials[initials.length - 1]) return false
  let at = 0
  for (const letter of initials) if (letter === acronym[at]) at++
  return at === acronym.length && acronym.length * 3 >= initials.length * 2
}

/** True when the name and one of the other side's names are an acronym and its expansion. */
export function isAcronymOf(name: NameMention, others: readonly NameMention[]): boolean {
  const own = initialsOf(name)
  if (own === '') return false
  const ownIsAcronym = isAcronymWord(name.text.replace(/['’]s$/, ''))
  return others.some((other) => {
    const theirs = initialsOf(other)
    if (theirs === '') return false
    const theirsIsAcronym = isAcronymWord(other.text.replace(/['’]s$/, ''))
    if (theirs === own) return true
    return ownIsAcronym ? abbreviatesStart(own, theirs) : theirsIsAcronym && abbreviatesStart(theirs, own)
  })
}

/**
 * The names of a side, plus each two neighbours joined by `and` as one name
 * (`National Aeronautics` and `Space Administration` → `National
 * Aeronautics and Space Administration`), whose initials an acronym may
 * abbreviate (`NASA`).
 */
export function joinedNames(side: TextSpan, names: readonly NameMention[]): NameMention[] {
  const joined = [...names]
  for (let i = 0; i + 1 < names.length; i++) {
    const first = names[i] as NameMention
    const second = names[i + 1] as NameMention
    if (!/^\s+(?:and|&|for|from|of|für)\s+$/.test(side.text.slice(first.end - side.start, second.start - side.start))) continue
    joined.push({start: first.start, end: second.end, text: sideText(side, first.start, second.end), keys: [...first.keys, ...second.keys], weak: false})
  }
  return joined
}

/** Names of a side that, joined with a neighbour by `and`, spell out an acronym of the other side (`National Aeronautics` and `Space Administration` for `NASA`). */
export function expandedAcronyms(side: TextSpan, names: readonly NameMention[], others: readonly NameMention[]): Set<NameMention> {
  const covered = new Set<NameMention>()
  for (const joined of joinedNames(side, names).slice(names.length)) {
    if (!isAcronymOf(joined, others)) continue
    for (const name of names) if (name.start >= joined.start && name.end <= joined.end) covered.add(name)
  }
  return covered
}

/**
 * `abbreviates` on the initials or on their first words: the name may run
 * on past its expansion (`National Aeronautics and Space Administration
 * Goddard` for `NASA` at Goddard).
 */
function abbreviatesStart(acronym: string, initials: string): boolean {
  for (let length = initials.length; length >= acronym.length; length--) if (abbreviates(acronym, initials.slice(0, length))) return true
  return false
}
