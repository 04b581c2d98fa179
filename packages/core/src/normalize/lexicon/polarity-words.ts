/**
 * Word knowledge for polarity: the cues that negate, the words a negation
 * reaches over to find what it negates, and the words that end its clause.
 * Used by the negation and antonym signals; kept here so that there is one
 * home for word lists.
 */

/**
 * Negation cues, as one case-insensitive pattern.
 *
 * - Plain negators (`not`, `never`, `no`, `nobody`, `without`, `lack`, …),
 *   except where the phrase is no negation: `not only`/`not just`, `not
 *   until` (a restriction: "only then"), `no doubt`, `no wonder`, `no matter`,
 *   `no sooner`, comparatives of quantity (`no fewer than`, `no earlier
 *   than`, `not less than`) and the abbreviation `No. 1`.
 * - Contractions, with or without the apostrophe (`can't`, `cant`, `dont`,
 *   `won´t`): a dropped apostrophe is a spelling slip, not a polarity change.
 * - Lexical negatives of a following verb (`failed to`, `refused to`,
 *   `declined to`, `yet to`, `failure to`) and negative adjectives (`unable`,
 *   `unclear`, `unlikely`, `impossible`, …); `denied`/`denies` alone; `non-`
 *   as a prefix. `said no to` is a refusal, not a negated clause.
 * - Near-negatives (`hardly`, `barely`, `scarcely`, `seldom`, `rarely`).
 *
 * No `u` flag: the cues are ASCII, and V8 runs this alternation much faster without it.
 */
export const negationCuePattern = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ [
    "\\b(?:not|never|no(?!\\s+to\\b)|none|nobody|nothing|nowhere|neither|cannot|without|unless|lack(?:s|ed|ing)?|absence)\\b" +
      "(?!\\s+(?:only|just|merely|simply|until|doubt|wonder|matter|sooner|less|fewer|[a-z]+er\\s+than|more\\s+than|longer\\s+than)\\b|\\.?\\s*\\d)",
    "\\b(?:ca|do|does|did|is|are|was|were|has|have|had|wo|would|could|should|must|need|might|ai)n(?:['’‘ʼ´`]t|t)\\b(?!\\s+(?:only|just|merely)\\b)",
    '\\b(?:fail(?:s|ed|ing)?|failure|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|yet)\\s+to\\b',
    '\\b(?:den(?:y|ies|ied|ying)|unable|unclear|unknown|unaware|unwilling|unlikely|unsuccessful|impossible|hardly|barely|scarcely|seldom|rarely)\\b',
    '\\bnon(?=[-‐])',
  ].join('|'),
  'gi',
)

/**
 * Cues that cancel a negation on the other side but never flip polarity on
 * their own: "has yet to be approved" and "would have to be approved" agree,
 * and "barely won" still won.
 */
export const weakNegationCues: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'yet to', 'hardly', 'barely', 'scarcely', 'seldom', 'rarely',
])

/**
 * Cues that negate their own stem rather than the words after them, with the
 * prefix to remove: "unable to enter" is about ability, "impossible" about
 * possibility.
 */
export const prefixedNegatives: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['unable', 'able'], ['unclear', 'clear'], ['unknown', 'known'], ['unaware', 'aware'], ['unwilling', 'willing'],
  ['unlikely', 'likely'], ['unsuccessful', 'successful'], ['impossible', 'possible'],
])

/**
 * A negative prefix on a word of four letters or more after it ("not
 * necessary" ↔ "unnecessary", "not legal" ↔ "illegal"): the negation a
 * translator moved into the word itself. The group is the prefix. `in-`,
 * `im-`, `il-`, `ir-` and `dis-` count only before an adjective ending
 * (`-able`, `-al`, `-ent`, `-ive`, `-ous`, …), since they also open plain
 * verbs (`inform`, `display`, `discover`).
 */
export const negativePrefixPattern = /^(un|non-?|(?:in|im|il|ir|dis)(?=[a-z]*(?:ible|able|al|ent|ant|ive|ate|ar|ous|ect|ete|ed)$))(?=[a-z]{4,}$)/

/**
 * Words that say a thing is gone or missing, right before it ("has no
 * clothes" ↔ "has lost his clothes", "no more waste" ↔ "end of wasting",
 * "no charge" ↔ "free of charge", "has no starch" ↔ "instead of having
 * starch", "rather than"): they may carry a negation the other side
 * writes with a cue. Unlike the cues, they affirm something too (a loss, an
 * end), so they only soften a flip to `info`.
 */
export const privativeWords: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'lost lose loses losing missing deprived devoid free rid end ended ends ending stop stops stopped stopping ' +
    'cease ceased quit abandoned absent gone instead rather'
  ).split(' '),
)

/** Words in -less that negate nothing (`unless` is a cue of its own, "if not"). */
export const notPrivative: ReadonlySet<string> = /* @__PURE__ */ new Set(['unless', 'nevertheless', 'nonetheless', 'regardless', 'doubtless'])

/**
 * Words a negation reaches over on its way to the word it negates:
 * auxiliaries, determiners, pronouns, particles and degree adverbs ("did
 * not *really* attend", "no *one* was hurt", "has *not yet* decided").
 */
export const negationSkipWords: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'a an the any some one ever yet even of to be been being is are was were am have has had do does did ' +
    'will would shall should can could may might must it its he him his she her they them their we us our you your i me my ' +
    'this these those there here single more longer anymore further really actually quite entirely fully necessarily ' +
    'always all much many very too so still also at in on for by with from about or nor'
  ).split(' '),
)

/** Words that open a new clause: a negation's reach stops before them. */
export const clauseBoundaryWords: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'and but while whereas because although though which who whom whose that when where whether if unless since ' +
    'after before until till so then however instead'
  ).split(' '),
)
