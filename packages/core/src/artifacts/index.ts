export {artifactKinds, defaultFindArtifactsOptions, findArtifacts, type FindArtifactsOptions} from './find-artifacts'
export {applySuggestions, repairText} from './repair-text'
export {defaultCandidateLanguages} from './find-untranslated-segments'
