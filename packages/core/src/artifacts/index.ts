export {artifactKinds, defaultFindArtifactsOptions, findArtifacts, type FindArtifactsOptions} from './find-artifacts'
export {applySuggestions, type ApplySuggestionsOptions, defaultApplySuggestionsOptions, repairText, type RepairTextOptions} from './repair-text'
export {defaultCandidateLanguages} from './find-untranslated-segments'
