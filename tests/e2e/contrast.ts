// Text contrast measured from the rendered page: every element with visible text of its own
// (open shadow roots included), its colour (with the opacity of it and its ancestors) against the
// backgrounds painted behind it, composed up to the first opaque one (white when none is).

/** One piece of text and its WCAG contrast ratio with what is behind it. */
export interface TextContrast {
  what: string;
  text: string;
  ratio: number;
  fg: string;
  bg: string;
}

/** In the page: the contrast of every enabled piece of text under `selector` (the whole document when null). */
export function textContrasts(selector: string | null): TextContrast[] {
  type Rgba = { r: number; g: number; b: number; a: number };
  const parse = (c: string): Rgba => {
    const m = (c.match(/[\d.]+/gu) ?? ['0', '0', '0', '0']).map(Number);
    return { r: m[0] ?? 0, g: m[1] ?? 0, b: m[2] ?? 0, a: m.length > 3 ? (m[3] ?? 1) : 1 };
  };
  const lum = (c: Rgba): number => {
    const f = (v: number): number => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const up = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
  const over = (top: Rgba, base: Rgba, a: number): Rgba => ({ r: top.r * a + base.r * (1 - a), g: top.g * a + base.g * (1 - a), b: top.b * a + base.b * (1 - a), a: 1 });
  const behind = (el: Element): Rgba => {
    const layers: Rgba[] = [];
    for (let e: Element | null = el; e; e = up(e)) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.a > 0) layers.push(c);
      if (c.a >= 1) break;
    }
    return layers.reverse().reduce((base, l) => over(l, base, l.a), { r: 255, g: 255, b: 255, a: 1 });
  };
  const opacity = (el: Element): number => {
    let o = 1;
    for (let e: Element | null = el; e; e = up(e)) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const out: TextContrast[] = [];
  const walk = (root: Element | ShadowRoot): void => {
    for (const el of [...(root instanceof Element ? [root] : []), ...Array.from(root.querySelectorAll('*'))]) {
      if (el.shadowRoot && el !== root) walk(el.shadowRoot);
      if ((el as HTMLButtonElement).disabled) continue;
      const own = Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      const box = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (!own || box.width === 0 || box.height === 0 || cs.visibility === 'hidden') continue;
      const bg = behind(el);
      const fg = over(parse(cs.color), bg, parse(cs.color).a * opacity(el));
      const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x) as [number, number];
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      out.push({ what: `${el.tagName.toLowerCase()}${cls}`, text: own.slice(0, 24), ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100, fg: cs.color, bg: `rgb(${Math.round(bg.r)}, ${Math.round(bg.g)}, ${Math.round(bg.b)})` });
    }
  };
  const root = selector ? document.querySelector(selector) : document.documentElement;
  if (root?.shadowRoot) walk(root.shadowRoot);
  if (root) walk(root);
  return out;
}

/** The lowest ratio of `rows`, and the pieces of text under `min`, for a [look] line and an assertion. */
export function lowest(rows: readonly TextContrast[], min = 4.5): { min: number; below: TextContrast[] } {
  return { min: Math.min(...rows.map((r) => r.ratio)), below: rows.filter((r) => r.ratio < min) };
}
