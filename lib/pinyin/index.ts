// Pinyin for Chinese news text: readings in context, tone helpers, character frequency.

export { readings, isHan, alignByOrigin, numberedReading, modelReadings } from './readings';
export type { ReadingsOptions, ToneStyle, OriginItem } from './readings';
export { toneOf, toNumbered, toMarked } from './tone';
export type { Tone } from './tone';
export { charRank, isUncommon } from './frequency';
export { CORRECTIONS, findCorrections } from './corrections';
export type { Correction, CorrectionHit } from './corrections';
