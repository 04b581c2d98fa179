import {stemWord} from '../stem-word'
import {wordnetAntonymPairs} from './antonyms-data'

/**
 * Antonym lookup over WordNet's antonym pairs (built into `antonyms-data.ts`
 * by `scripts/build-antonyms.mjs`), at the level of the shared stem, so that
 * `increased`, `increases` and `increase` all meet `decrease`. Irregular verb
 * forms are brought to their lemma first (`rose` → `rise`, `fell` → `fall`),
 * since a suffix stemmer cannot.
 */

/**
 * Past forms of common irregular verbs that matter for reversals, `form:lemma`.
 * Forms that are also common words of another sense (`left`, `found`,
 * `saw`, `felt`, `lay`) are left out.
 */
const irregularForms: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ (
    'rose:rise risen:rise fell:fall fallen:fall won:win lost:lose began:begin begun:begin came:come went:go gone:go ' +
    'bought:buy sold:sell gave:give given:give took:take taken:take sat:sit stood:stand slept:sleep woke:wake woken:wake ' +
    'forgot:forget forgotten:forget remembered:remember hid:hide hidden:hide shown:show brought:bring sent:send ' +
    'kept:keep held:hold caught:catch threw:throw thrown:throw drew:draw drawn:draw grew:grow grown:grow shrank:shrink ' +
    'shrunk:shrink ran:run made:make broke:break broken:break spent:spend lent:lend borrowed:borrow taught:teach ' +
    'learnt:learn thought:think knew:know known:know forbade:forbid forbidden:forbid wrote:write written:write ' +
    'rode:ride ridden:ride drove:drive driven:drive spoke:speak spoken:speak told:tell said:say heard:hear ' +
    'understood:understand met:meet led:lead fought:fight ate:eat eaten:eat drank:drink swam:swim sang:sing ' +
    'chose:choose chosen:choose froze:freeze frozen:freeze wore:wear worn:wear tore:tear torn:tear got:get gotten:get ' +
    'did:do done:do was:be were:be been:be had:have paid:pay built:build struck:strike stuck:stick hung:hang ' +
    'flew:fly flown:fly sank:sink sunk:sink shut:shut stole:steal stolen:steal fed:feed bled:bleed'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
)

/**
 * The key a word is compared by for polarity: its lemma when it is an
 * irregular form, then the shared stem.
 *
 * @param lower The word, lowercase.
 * @returns Its polarity key (`rose` → `ris`, `increased` → `increas`).
 */
export function polarityKey(lower: string): string {
  return stemWord(irregularForms.get(lower) ?? lower)
}

/**
 * The lemma of an irregular verb form (`rose` → `rise`), if it is one.
 *
 * @param lower The word, lowercase.
 * @returns The lemma, or `undefined` for any other word.
 */
export function irregularLemma(lower: string): string | undefined {
  return irregularForms.get(lower)
}

/** The stem-level antonym table from the pair list (it stems 1,832 words, 6–11 ms on a busy 2-core machine, so it is built on first use rather than when the module loads). */
function buildTable(): ReadonlyMap<string, readonly string[]> {
  const built = new Map<string, string[]>()
  for (const pair of wordnetAntonymPairs.split('|')) {
    const space = pair.indexOf(' ')
    const first = polarityKey(pair.slice(0, space))
    const second = polarityKey(pair.slice(space + 1))
    // Two lemmas of one stem (`live` ↔ `living`) cannot be told apart here.
    if (first === second) continue
    built.set(first, [...(built.get(first) ?? []), second])
    built.set(second, [...(built.get(second) ?? []), first])
  }
  return built
}

let table: ReadonlyMap<string, readonly string[]> | undefined

/**
 * The antonyms of a polarity key, as polarity keys.
 *
 * @param key A key from `polarityKey`.
 * @returns The keys of its WordNet antonyms; empty when it has none.
 */
export function antonymsOf(key: string): readonly string[] {
  table ??= buildTable()
  return table.get(key) ?? []
}
