// An encyclopedic development set (tests/fixtures/polyphones-encyclopedic.json, issue 15): sentences
// in the register of the CPP benchmark (history, places and transliterations, people, science,
// culture, geography), written for this set and committed before the reader was run on them, to
// find where the reader goes wrong on text like the benchmark's without fitting anything to the
// benchmark's own sentences. Readings by the Xiandai Hanyu Cidian (7th ed.). A development set: its
// misses are looked at and fixed by general means, so its figure is a tuned one; the benchmark's
// unfitted figure is the cross-validation in tests/unit/pinyin-polyphones-cv.test.ts.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import encyclopedic from '../fixtures/polyphones-encyclopedic.json';

polyphoneSetSuite('encyclopedic', 'encyclopedic development set (history, places, people, science, culture, geography)', encyclopedic, 0.98);
