// The CLI's HTML parser: linkedom (htmlparser2 underneath), several times faster than happy-dom
// on large pages, with the DOM subset lib/detect and lib/extract use (querySelector, matches,
// childNodes, tree walkers, attributes). No scripts run and nothing is fetched: linkedom has
// neither a script engine nor a network layer.
import { parseHTML } from 'linkedom';
import { indexQueries } from './query-index';

/**
 * Parses a whole HTML page into a Document for lib/detect and lib/extract, which only read it:
 * its document-wide queries are answered from an index (query-index.ts).
 */
export function parsePage(html: string): Document {
  return indexQueries(parseHTML(html).document as unknown as Document);
}
