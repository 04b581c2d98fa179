// Word knowledge of driftlens in one place: stop lists, name aliases and
// countries, titles and opening words, number words and units, negation cues
// and antonyms. Used by the aligner and the drift signals alike. Each table
// says where it comes from.
export * from './stop-words'
export {countryTable} from './countries'
export {countryKeys, countryPhraseAliases, knownPlaces, metonyms, phraseAliases, wordAliases} from './places'
export * from './titles'
export * from './number-words'
export * from './measurement-units'
export {synonymGroups} from './synonyms'
export {antonymsOf, irregularLemma, polarityKey} from './antonyms'
export * from './polarity-words'
