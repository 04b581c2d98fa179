export * from './segment-paragraphs'
export * from './segment-sentences'
