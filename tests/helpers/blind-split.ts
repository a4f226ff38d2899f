// The blind sets' split, fixed before any rule was fitted: rules are written from the fitting half's misses
// only (blind2–blind18, and the sets written after the split, blind28 on); the held-back half (blind19–blind27)
// says whether they hold, and no rule or test is fitted on it (scripts/blind-halves.ts prints both).
import { BLIND_SETS } from './blind-pages';

const setNumber = (name: string): number => Number(name.replace(/\D/gu, ''));
export const FITTING = BLIND_SETS.filter((s) => setNumber(s.name) <= 18);
export const HELD_BACK = BLIND_SETS.filter((s) => setNumber(s.name) >= 19 && setNumber(s.name) <= 27);
/** Sets written after the split, fitted on like the fitting half. */
export const LATER = BLIND_SETS.filter((s) => setNumber(s.name) >= 28);
