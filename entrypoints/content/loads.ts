// The optional parts a page loads on demand (the annotator, the traditional tables, the
// glossary): each loaded once however many setting changes ask for it meanwhile, and a part
// that fails is remembered (the popup shows it) and reported to the reader in one line.

/** Which optional parts a settings change loads, and under what name (for the failure line). */
export type Part = 'pinyin' | 'traditional' | 'glossary';

/** Loads optional parts once each and keeps the list of those that failed. */
export class PartLoads {
  private readonly loads = new Map<string, Promise<unknown>>();
  private failed: { part: Part; why: string }[] = [];

  /** `report` tells the reader that a part failed (one line on the page). */
  constructor(private readonly report?: (part: Part, why: string) => void) {}

  /** Loads a helper once, however many callers ask meanwhile (a failed load may be tried again). */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.loads.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.loads.set(key, p);
      p.catch(() => this.loads.delete(key));
    }
    return p;
  }

  /** Loads an optional part; on failure reports it, remembers it and gives null. A later success clears it. */
  async load<T>(part: Part, key: string, loader: () => Promise<T>): Promise<T | null> {
    try {
      const value = await this.once(key, loader);
      this.failed = this.failed.filter((f) => f.part !== part);
      return value;
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      if (!this.failed.some((f) => f.part === part)) this.failed.push({ part, why });
      this.report?.(part, why);
      return null;
    }
  }

  /** The parts that failed to load and have not loaded since. */
  failedParts(): Part[] {
    return this.failed.map((f) => f.part);
  }
}
