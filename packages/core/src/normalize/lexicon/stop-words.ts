/**
 * Stop lists: the one list of English function words used by the aligner's
 * word keys and by the drift signals alike, and the words that damaged HTML
 * entities leave in text. Written by hand (the closed classes of English:
 * articles, pronouns, auxiliaries, prepositions, conjunctions, plus the
 * reporting verbs of news, which say nothing about what happened). `us` is
 * left out: folded text writes the United States so (`U.S.` → `us`).
 */

const functionWordList =
  'a an the and or but nor so yet for of to in on at by from with into onto upon over under above below between about as than then ' +
  'this that these those there here it its itself he him his himself she her hers herself they them their theirs themselves ' +
  'we our ours ourselves you your yours yourself yourselves i me my myself ' +
  'who whom whose which what when where why how be is are was were been being am have has had having do does did doing ' +
  'will would shall should can could may might must also very just only even still too such some any all each both few ' +
  'not no never one s t said says say told tell according while whereas if because after before since until till once now ' +
  'out up down off again further more most other another same own back away per via among amid within without through ' +
  'around across along behind beyond near during against toward towards throughout despite including like whether'

/** English function words: they carry no content of their own for matching or for omission/addition. */
export const functionWords: ReadonlySet<string> = new Set(functionWordList.split(' '))

/**
 * Names of HTML entities and the numbers of numeric ones, which entity
 * residue (`quot;`, `&#39`, `rsquo;`) leaves behind as words.
 */
export const entityResidueWords: ReadonlySet<string> = new Set(
  'quot amp apos nbsp lt gt rsquo lsquo rdquo ldquo ndash mdash hellip 39 34 8217 8220 8221'.split(' '),
)

/** Function words and entity residue: the stop list of the aligner and the signals. */
export const stopWords: ReadonlySet<string> = new Set([...functionWords, ...entityResidueWords])
