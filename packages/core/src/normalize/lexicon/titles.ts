import {unionOf} from '../../lookup-table'

/**
 * Capitalized words that are not names of their own: titles and honorifics,
 * weekdays and months (the temporal signals handle those), clock markers, and
 * the connectives and adverbs that open sentences ("Meanwhile", "However"),
 * which a capital at a sentence start makes look like names. Written by hand.
 */

/** Titles, honorifics and offices that stand before a name. */
export const titleWords: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'mr mrs ms dr prof sir president prime minister secretary general gen col lt capt sgt sen senator rep gov governor ' +
    'king queen prince princess pope rev chancellor judge chief spokesman spokeswoman spokesperson adm admiral ' +
    'brigadier colonel lieutenant sergeant corporal commander marshal mayor ambassador director coach mp mep ' +
    'ceo cfo coo cto chairman chairwoman chairperson professor'
  ).split(' '),
)

/** Weekdays and months. */
export const calendarWords: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays ' +
    'january february march april may june july august september october november december'
  ).split(' '),
)

/**
 * Words that open sentences or headings and never name anyone (the pronoun
 * `I` and its contractions included). Function words are left to the stop
 * list, so that an acronym spelling one (`WHO`, `US`) stays a name.
 */
export const openingWords: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    "i i'm i've i'd i'll am pm a.m p.m breaking live update updated " +
    'however meanwhile moreover furthermore nevertheless nonetheless therefore thus hence instead besides indeed ' +
    'finally eventually overall additionally unfortunately fortunately especially particularly notably ' +
    'currently recently previously initially originally lately later earlier afterwards afterward today yesterday tomorrow tonight ' +
    'otherwise accordingly consequently alternatively similarly likewise although though unless ' +
    'following regarding concerning considering given due yes oh well okay ok please thank thanks'
  ).split(' '),
)

/**
 * Abbreviations written in capitals that name a kind of thing, not one
 * thing: television, a knockout, "and Co.", currencies (the number signals
 * compare amounts and their currencies), the German scale abbreviations
 * (`Mio.`, `Mrd.`) and the temperature scales.
 */
export const commonAbbreviations: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ 'tv ko co no nr eur euro euros usd gbp chf czk kč kc pln huf sek nok dkk jpy cny rub mio mrd tsd celsius fahrenheit id dna gdp'.split(' '),
)

/** Common nouns some writers capitalize (`the Internet`, `the Web`), which name nothing a translator could drop. */
export const capitalizedCommonNouns: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ 'internet web'.split(' '))

/**
 * Nouns by which news refers to a body or a place already named, alone and
 * with a capital or not: "the Board" ↔ "the committee", "the Parliament",
 * "the country" for Iceland. A name made only of them (or of generic
 * designators) names no one a reader could tell from the other side's noun.
 */
export const referringNouns: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'board court parliament government commission fund department office institute authority division section chamber ' +
    'assembly senate congress cabinet army police navy administration directorate bureau tribunal item article paragraph ' +
    'country nation capital kingdom alliance union federation league'
  ).split(' '),
)

/**
 * Nouns by which news refers to a place already named, after "the": "the
 * country" for Iceland, "the capital", "the city".
 */
export const placeNouns: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ 'country nation city capital island state region kingdom republic town'.split(' '),
)

/** Every capitalized word that is not a name of its own. */
export const notNameWords: ReadonlySet<string> = /* @__PURE__ */ unionOf(titleWords, calendarWords, openingWords, commonAbbreviations, capitalizedCommonNouns)

/**
 * Generic designators of places and bodies: "Khabarovsk Krai" and
 * "Khabarovsk Region" name one place, "Lazio Rome" and "Lazio" one club.
 * A name that differs from another only by these is the same name, and
 * sharing only these does not make two names one.
 */
export const genericDesignators: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'krai kray oblast region regional province provincial district county state city town village municipality republic ' +
    'prefecture canton department territory land okrug raion governorate island islands river lake mount mountain valley ' +
    'street road avenue square airport station university college school hospital club fc party company corp corporation ' +
    'inc ltd co group association agency ministry council committee bank ocean sea calcio ' +
    // Words that open many names and tell none apart: New York, New Jersey; North Korea, South Korea.
    'new north south east west central national federal royal great saint st san santa fort port upper lower'
  ).split(' '),
)
