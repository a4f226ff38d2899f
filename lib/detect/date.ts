// Issue dates from URLs, page text and Founder metadata, normalised to YYYY-MM-DD.

function valid(y: number, m: number, d: number): string | null {
  if (y < 1946 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const URL_DATES: readonly RegExp[] = [
  /\/(\d{4})-(\d{2})\/(\d{2})\//u, // /html/2025-03/09/
  /\/(\d{4})(\d{2})\/(\d{2})\//u, // /pc/content/202508/16/
  /\/(\d{4})\/(\d{2})\/(\d{2})\//u, // /hzrb/2026/04/30/
  /_(\d{4})(\d{2})(\d{2})[_A-Z]/u, // nw.D110000renmrb_20241130_1-01.htm
  /\/(\d{4})(\d{2})(\d{2})\//u, // news portals: /politics/20241015/<id>/c.html
  /\/(\d{4})\/(\d{2})(\d{2})\//u, // /n1/2024/1021/c1004-….html
  /\/t(\d{4})(\d{2})(\d{2})_\d+\.s?html?$/u, // TRS WCM government sites: /202410/t20241025_7654321.shtml
];

/** The issue date encoded in an e-paper URL, or null. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const re of URL_DATES) {
    const m = re.exec(path);
    if (m) {
      const d = valid(Number(m[1]), Number(m[2]), Number(m[3]));
      if (d) return d;
    }
  }
  return null;
}

/** The first date written in text: `2025-03-09`, `2025年3月9日`, `2025/03/09`, `2025.03.09`. */
export function dateFromText(text: string): string | null {
  const m = /(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})/u.exec(text);
  return m ? valid(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
