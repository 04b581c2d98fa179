export * from './detect-language'
