// The eleventh development set of news polyphones (tests/fixtures/polyphones-dev11.json, issue 15):
// court and procuratorate reports, transport and roads, tourism and hotels, sport, property and home,
// science and tech news, obituaries and people profiles, school news, environmental news, consumer
// complaints, and everyday sentences whose labelled character pinyin-pro alone misreads; sentences
// written before the reader was run on them. Readings by the Xiandai Hanyu Cidian (7th ed.), as the
// earlier sets (the file's first element gives the conventions and the least certain labels).
// A development set: the reader's misses here are looked at and fixed by general means, so its
// figure is a tuned figure; the unfitted one is polyphones-heldout.json (tests/unit/pinyin.test.ts).
import { polyphoneSetSuite } from '../helpers/polyphone-set';
import dev11 from '../fixtures/polyphones-dev11.json';

polyphoneSetSuite('dev11', 'eleventh development set (court, transport, tourism, sport, property, science, people, school, environment, consumer, everyday)', dev11, 0.9);
