// Reading page files: decoding (scripts/lib/decode.ts) and a happy-dom parse for the DOM tests,
// which want a browser-like document. The CLI parses with linkedom (scripts/lib/parse-page.ts).
import { Window } from 'happy-dom';

export { decode, declaredCharset, InputError, looksLikeHtml } from './decode';

/** Parses HTML into a Document with happy-dom (no scripts run, nothing is fetched). */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const doc = window.document as unknown as Document;
  doc.write(html);
  return doc;
}
