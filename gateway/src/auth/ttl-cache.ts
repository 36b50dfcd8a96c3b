interface Entry<T> {
  value: Promise<T>;
  expiresAtMs: number;
}

/**
 * Remembers answers (or answers in flight) for `ttlMs`, so concurrent and repeated lookups
 * of one key make one call. A failed lookup is forgotten at once.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const nowMs = this.now();
    const cached = this.entries.get(key);
    if (cached && cached.expiresAtMs > nowMs) return cached.value;
    const value = load();
    if (this.ttlMs > 0) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, { value, expiresAtMs: nowMs + this.ttlMs });
      value.catch(() => {
        if (this.entries.get(key)?.value === value) this.entries.delete(key);
      });
    }
    return value;
  }
}
