import {lookupTable} from '../../lookup-table'

/**
 * Aliases of names: one key for the spellings, short forms and demonyms of
 * the same referent (`US`, `U.S.`, `USA`, `America`, `United States` → `us`;
 * `Kataeb`/`Kataib`; `Iranian` → `iran`; `coronavirus`/`Covid` → `covid`).
 * Used by the aligner's word keys and by the name signals alike. Written by
 * hand from news usage: each row is a referent that rewrites and round-trip
 * translations name in more than one way. Country names, codes and capitals
 * come from `countries.ts`, built from a data package.
 */

/** Multi-word names and their short key; matched on lowercase words. */
export const phraseAliases: ReadonlyArray<readonly [readonly string[], string]> = [
  [['united', 'states', 'of', 'america'], 'us'],
  [['united', 'states'], 'us'],
  [['united', 'kingdom'], 'uk'],
  [['great', 'britain'], 'uk'],
  [['united', 'nations'], 'un'],
  [['european', 'union'], 'eu'],
  [['associated', 'press'], 'ap'],
  [['popular', 'mobilization', 'forces'], 'pmf'],
  [['popular', 'mobilisation', 'forces'], 'pmf'],
  [['popular', 'mobilization', 'units'], 'pmf'],
  [['hashd', 'al', 'shaabi'], 'pmf'],
  [['new', 'york', 'city'], 'nyc'],
  [['department', 'of', 'defense'], 'pentagon'],
  [['defense', 'department'], 'pentagon'],
  [['department', 'of', 'state'], 'state-department'],
  [['state', 'department'], 'state-department'],
  [['czech', 'republic'], 'czechia'],
  [['second', 'world', 'war'], 'ww2'],
  [['world', 'war', 'ii'], 'ww2'],
  [['world', 'war', 'two'], 'ww2'],
  [['first', 'world', 'war'], 'ww1'],
  [['world', 'war', 'i'], 'ww1'],
  [['world', 'war', 'one'], 'ww1'],
]

/** Single words (lowercase, periods removed) and their key. */
export const wordAliases: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ Object.entries(
    /* @__PURE__ */ lookupTable({
      us: 'us', usa: 'us', america: 'us', american: 'us', americans: 'us',
      uk: 'uk', britain: 'uk', british: 'uk', england: 'england', english: 'england',
      scotland: 'scotland', scottish: 'scotland', scots: 'scotland', wales: 'wales', welsh: 'wales', ireland: 'ireland', irish: 'ireland',
      kenya: 'kenya', kenyan: 'kenya', nigerian: 'nigeria', ukrainian: 'ukraine', ukrainians: 'ukraine', polish: 'poland', swedish: 'sweden',
      norwegian: 'norway', danish: 'denmark', finnish: 'finland', spanish: 'spain', italian: 'italy', greek: 'greece', japanese: 'japan',
      swiss: 'switzerland', belgian: 'belgium', egyptian: 'egypt', turk: 'turkey', turks: 'turkey', indian: 'india', pakistani: 'pakistan',
      czech: 'czechia', czechs: 'czechia', austrian: 'austria', hungarian: 'hungary', slovak: 'slovakia', vietnamese: 'vietnam',
      korean: 'korea', mexican: 'mexico', canadian: 'canada', australian: 'australia', brazilian: 'brazil', portuguese: 'portugal',
      un: 'un', eu: 'eu', ap: 'ap',
      shia: 'shiite', shiite: 'shiite', shiites: 'shiite', "shi'ite": 'shiite', shiah: 'shiite', "shi'a": 'shiite',
      sunni: 'sunni', sunnis: 'sunni',
      kataeb: 'kataib', kataib: 'kataib', "kata'ib": 'kataib',
      hezbollah: 'hezbollah', hizbollah: 'hezbollah', hizballah: 'hezbollah', hizbullah: 'hezbollah',
      qaeda: 'qaeda', qaida: 'qaeda',
      gaddafi: 'gaddafi', qaddafi: 'gaddafi', kadhafi: 'gaddafi', qadhafi: 'gaddafi',
      mohammed: 'muhammad', muhammad: 'muhammad', mohammad: 'muhammad', mohamed: 'muhammad',
      kiev: 'kyiv', kyiv: 'kyiv', peking: 'beijing', beijing: 'beijing', bombay: 'mumbai', mumbai: 'mumbai',
      holland: 'netherlands', dutch: 'netherlands', netherlands: 'netherlands',
      french: 'france', german: 'germany', chinese: 'china', lebanese: 'lebanon', israeli: 'israel', israelis: 'israel',
      iraqi: 'iraq', iraqis: 'iraq', iranian: 'iran', iranians: 'iran', syrian: 'syria', syrians: 'syria',
      russian: 'russia', russians: 'russia', turkish: 'turkey', saudi: 'saudi', kurdish: 'kurd', kurds: 'kurd', kurd: 'kurd',
      pmf: 'pmf', pmu: 'pmf', hashd: 'pmf',
      corona: 'covid', coronavirus: 'covid', covid: 'covid', 'covid-19': 'covid', 'sars-cov-2': 'covid',
      kreml: 'kremlin', kremlin: 'kremlin',
    }),
  ),
)

/**
 * Capitals and buildings that stand for a country's government in news
 * ("Washington blamed Tehran"): a name meets its country through them.
 */
export const metonyms: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['washington', 'us'], ['pentagon', 'us'], ['white', 'us'], ['tehran', 'iran'], ['baghdad', 'iraq'], ['damascus', 'syria'],
  ['beirut', 'lebanon'], ['moscow', 'russia'], ['kremlin', 'russia'], ['beijing', 'china'], ['london', 'uk'], ['kyiv', 'ukraine'],
  ['ankara', 'turkey'], ['riyadh', 'saudi'], ['jerusalem', 'israel'], ['cairo', 'egypt'], ['tokyo', 'japan'], ['berlin', 'germany'],
])
