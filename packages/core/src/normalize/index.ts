export * from './normalize-text'
export * from './tokenize-words'
