// Deterministic sample highlights for benchmarks: quotes cut from the given text, spread over
// articles of four papers, about a third with notes.
import type { HighlightColor, HighlightRecord } from '../../lib/highlights/types';

const PAPERS = [
  { paper: '萧山日报', site: 'xsrb', host: 'https://xsrb.xsnet.cn/epaper/html' },
  { paper: '浙江日报', site: 'zjrb', host: 'https://zjrb.zjol.com.cn/html' },
  { paper: '杭州日报', site: 'hzrb', host: 'https://hzdaily.hangzhou.com.cn/hzrb' },
  { paper: '钱江晚报', site: 'qjwb', host: 'https://qjwb.thehour.cn/html' },
];
const COLORS: HighlightColor[] = ['yellow', 'yellow', 'green', 'blue', 'pink'];
const NOTES = ['值得关注', '回头再读', '这个政策和我家有关', '记下这个词', '比较一下去年的数据'];

/** `count` highlights whose quotes are taken from `text` (print-line breaks removed). */
export function sampleHighlights(count: number, text: string): HighlightRecord[] {
  const flat = text.replace(/\s+/gu, '');
  let seed = 0x5eed;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const out: HighlightRecord[] = [];
  const base = Date.UTC(2024, 0, 1);
  for (let article = 0; out.length < count; article++) {
    const p = PAPERS[article % PAPERS.length] as (typeof PAPERS)[number];
    const day = int(0, 600);
    const date = new Date(base + day * 86_400_000).toISOString().slice(0, 10);
    const url = `${p.host}/${date.slice(0, 7)}/${date.slice(8)}/content_${article}.htm`;
    const titleAt = int(0, flat.length - 20);
    const title = flat.slice(titleAt, titleAt + int(6, 18));
    for (let k = int(1, 20); k > 0 && out.length < count; k--) {
      const len = int(6, 120);
      const at = int(32, flat.length - len - 32);
      const created = base + day * 86_400_000 + int(0, 86_399_999);
      out.push({
        id: `bench-${out.length.toString(36).padStart(8, '0')}`,
        url,
        paper: p.paper,
        site: p.site,
        date,
        title,
        quote: { exact: flat.slice(at, at + len), prefix: flat.slice(at - 32, at), suffix: flat.slice(at + len, at + len + 32) },
        position: { startBlock: int(0, 30), start: 0, endBlock: 0, end: len },
        color: COLORS[int(0, COLORS.length - 1)] as HighlightColor,
        note: random() < 0.3 ? (NOTES[int(0, NOTES.length - 1)] as string) : '',
        tags: [],
        createdAt: created,
        updatedAt: created,
        schema: 1,
      });
      const last = out[out.length - 1] as HighlightRecord;
      last.position.endBlock = last.position.startBlock;
    }
  }
  return out;
}
