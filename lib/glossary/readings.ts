// The readings the glossary cards show, computed from the terms (see
// scripts/build-glossary-pinyin.ts, which writes them into pinyin.generated.ts).
import { readings } from '../pinyin';
import { GLOSSARY } from './data';

/** Entry id → the term's reading (tone marks, one syllable per Han character), for entries without their own. */
export function glossaryReadings(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of GLOSSARY) {
    if (e.pinyin !== undefined) continue;
    out[e.id] = readings(e.term).filter(Boolean).join(' ');
  }
  return out;
}
