import { render } from 'preact';
import { Panel } from '../../components/Panel';
import { createPopupApi } from './api';

// When the popup's script begins, its modules loaded (tests/e2e/pinyin-speed.e2e.ts prints the popup's opening step by step).
performance.mark('dubao:popup-start');

/** How long the first render waits for the page's question to leave at most (ms; the tab lookup is one message to the browser). */
const ASK_FIRST_MS = 50;

const target = new URLSearchParams(location.search).get('target');
const api = createPopupApi(target);
// The page's state is asked for before the panel is drawn: the page starts loading pinyin on
// hearing it, and a reader (or a script) may choose pinyin the moment the panel shows. Asked from
// the panel's effect, the question left ~100 ms after the popup's script began (a render and a
// frame later); a choice made at once then found the annotator still loading.
void Promise.race([api.askPage(), new Promise((r) => setTimeout(r, ASK_FIRST_MS))]).then(() => {
  render(<Panel api={api} />, document.getElementById('app') as HTMLElement);
});
