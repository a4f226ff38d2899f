// The detected term the detector's rule files report: `text` from `start` to `end`, of `kind`.
import type { DetectedTerm } from './detect';

export const detectedTerm = (text: string, start: number, end: number, kind: DetectedTerm['kind']): DetectedTerm => ({ term: text.slice(start, end), start, end, kind });
