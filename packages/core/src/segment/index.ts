export {segmentParagraphs} from './segment-paragraphs'
export {defaultSegmentOptions, segmentSentences} from './segment-sentences'
export type {SegmentOptions, SentenceSplitter} from './segment-sentences'
