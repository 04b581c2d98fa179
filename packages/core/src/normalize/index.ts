export {defaultNormalizeOptions, normalizeText, toOriginalSpan} from './normalize-text'
export type {NormalizeOptions, NormalizedText} from './normalize-text'
export {tokenizeWords} from './tokenize-words'
