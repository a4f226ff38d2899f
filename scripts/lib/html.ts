// Reading page files for the CLI: charset sniffing from the markup, decoding, parsing.
import { Window } from 'happy-dom';

/** A readable input that is not text (or not decodable) ends in this error. */
export class InputError extends Error {}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/** True when the bytes look like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)/iu.test(text) || /<(?:p|br|div)(?:\s[^>]*)?\/?>/iu.test(text.slice(0, 20000));
}

/** Decodes input bytes: the declared charset (GBK pages too), else strict UTF-8. */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name}: not a text file (it contains NUL bytes)`);
  const declared = declaredCharset(bytes);
  const label = declared === 'gb2312' || declared === 'gbk' ? 'gb18030' : declared;
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      throw new InputError(`${name}: unsupported charset "${declared}"`);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    throw new InputError(`${name}: not valid UTF-8 and no charset declared`);
  }
}

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
