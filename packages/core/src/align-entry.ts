// `@driftlens/core/align`: the sentence aligner and its similarity, without the other stages.
export {alignSentences, defaultAlignOptions} from './align/align-sentences'
export type {AlignOptions, AlignedBead, Alignment} from './align/align-sentences'
export {diceSimilarity} from './align/dice'
