export {defaultDetectLanguageOptions, detectLanguage} from './detect-language'
export type {DetectLanguageOptions} from './detect-language'
