// The twelfth development set of news polyphones (tests/fixtures/polyphones-dev12.json, issue 15):
// agriculture, economy and finance, health, culture, the army and veterans, weather, the sea and
// fishing, logistics, meetings and government, family life, food, Zhejiang places and surnames, and
// everyday news sentences; written before the reader was run on them. Readings by the Xiandai Hanyu
// Cidian (7th ed.), as the earlier sets (the file's first element gives the conventions and the
// least certain labels). A development set: the reader's misses here are looked at and fixed by
// general means, so its figure is a tuned figure; the unfitted one is polyphones-heldout.json.
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev12 from '../fixtures/polyphones-dev12.json';

polyphoneSetSuite('dev12', 'twelfth development set (farming, finance, health, culture, army, weather, sea, trade, government, family, food, places)', dev12, 0.958);
