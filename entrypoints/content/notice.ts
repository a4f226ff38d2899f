// A one-line notice on the page (an optional part failed to load): text only, in a shadow root,
// closed by the reader or after a while; the rest of the page keeps working.
import { shadowHost } from './shadow-host';

const STYLE = `
:host { all: initial; position: fixed; left: 12px; bottom: 12px; z-index: 2147483646; }
.line { display: flex; gap: 8px; align-items: center; max-width: min(560px, calc(100vw - 24px)); padding: 6px 10px; border-radius: 8px;
  background: #1f2328; color: #fff; font: 13px system-ui, "PingFang SC", "WenQuanYi Micro Hei", sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
button { font: inherit; color: inherit; background: transparent; border: 0; cursor: pointer; padding: 0 4px; }
`;

/** How long a notice stays unless closed (ms). */
const NOTICE_MS = 12000;

/** Shows `text` in one line at the bottom of the page (`detail` as its tooltip); replaces an earlier notice. */
export function showNotice(doc: Document, text: string, detail = '', closeLabel = '×'): HTMLElement {
  doc.querySelector('div[data-dubao-ui="notice"]')?.remove();
  const { host, shadow } = shadowHost(doc, 'notice', STYLE);
  const line = doc.createElement('div');
  line.className = 'line';
  line.setAttribute('role', 'status');
  const msg = doc.createElement('span');
  msg.textContent = text;
  if (detail) msg.title = detail;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', closeLabel);
  close.addEventListener('click', (e) => e.isTrusted && host.remove());
  line.append(msg, close);
  shadow.append(line);
  doc.body.append(host);
  doc.defaultView?.setTimeout(() => host.remove(), NOTICE_MS);
  return host;
}
