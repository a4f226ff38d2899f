// The host of an in-page UI (notice line, selection toolbar): a plain <div> named by
// `data-dubao-ui`, an open shadow root holding the UI's own style sheet, so that the page's CSS
// cannot restyle it and its CSS cannot leak into the page.

/** A new, not yet attached host for the UI `name`, with `css` in its shadow root; append the UI to `shadow`. */
export function shadowHost(doc: Document, name: string, css: string): { host: HTMLDivElement; shadow: ShadowRoot } {
  const host = doc.createElement('div');
  host.dataset.dubaoUi = name;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}
