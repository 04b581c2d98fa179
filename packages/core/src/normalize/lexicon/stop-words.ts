import {unionOf} from '../../lookup-table'

/**
 * Stop lists: the one list of English function words used by the aligner's
 * word keys and by the drift signals alike, and the words that damaged HTML
 * entities leave in text. Written by hand (the closed classes of English:
 * articles, pronouns, auxiliaries, prepositions, conjunctions, plus the
 * reporting verbs of news, which say nothing about what happened). `us` is
 * left out: folded text writes the United States so (`U.S.` → `us`).
 */

const functionWordList =
  'a an the and or but nor so for of to in on at by from with into onto upon over under above below between about as than then ' +
  'this that these those there here it its itself he him his himself she her hers herself they them their theirs themselves ' +
  'we our ours ourselves you your yours yourself yourselves i me my myself ' +
  'who whom whose which what when where why how be is are was were been being am have has had having do does did doing ' +
  'will would should can could also very just only too such some any all each both few more most other same own ' +
  'not no s t said says say according while if because after before until once now ' +
  'out up down off again further per via among amid within without through during against toward towards'

/** English function words: they carry no content of their own for matching, omission or addition. */
export const functionWords: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ functionWordList.split(' '))

/**
 * Words the drift signals pass over too, though the aligner keeps them:
 * modal verbs, `never`, `one`, reporting verbs and adverbs of place that a
 * rewording adds or drops without changing what happened, but that still
 * help tell one sentence from another (with them as stop words, more
 * sentences of unrelated documents linked).
 */
export const lightWords: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'yet shall may might must even still never one told tell whereas since till another back away around across along ' +
    'behind beyond near throughout despite including like whether'
  ).split(' '),
)

/**
 * Names of HTML entities and the numbers of numeric ones, which entity
 * residue (`quot;`, `&#39`, `rsquo;`) leaves behind as words.
 */
export const entityResidueWords: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ 'quot amp apos nbsp lt gt rsquo lsquo rdquo ldquo ndash mdash hellip 39 34 8217 8220 8221'.split(' '),
)

/** Function words and entity residue: the aligner's stop list. */
export const stopWords: ReadonlySet<string> = /* @__PURE__ */ unionOf(functionWords, entityResidueWords)

/** The aligner's stop list and the light words: the drift signals' stop list. */
export const signalStopWords: ReadonlySet<string> = /* @__PURE__ */ unionOf(stopWords, lightWords)
