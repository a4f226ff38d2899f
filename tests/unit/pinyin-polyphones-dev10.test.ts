// The tenth development set of news polyphones (tests/fixtures/polyphones-dev10.json, issue 15):
// traditional Chinese medicine and health columns, opera and folk arts, Party-building and cadre news,
// 政协 and 人大 procedure, agriculture and fishing, family and relationship columns, crime and police
// reports, stock and bank news, weather and tides, school exams, Zhejiang places and surnames,
// sentences written before the reader was run on them. Readings by the Xiandai Hanyu Cidian (7th ed.),
// as the earlier sets (the file's first element gives the conventions and the least certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json (tests/unit/pinyin.test.ts).
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev10 from '../fixtures/polyphones-dev10.json';

polyphoneSetSuite('dev10', 'tenth development set (medicine, opera, Party, congress, farm and fishing, family, police, finance, weather, exams, names)', dev10, 0.8);
