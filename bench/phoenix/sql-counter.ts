const SCHEMA = /"(accounts|aube|letters|billing|events)"\./;

/** Counts SQL statements by the Postgres schema they name (each subgraph owns one). */
export class SqlCounter {
  private readonly counts = new Map<string, number>();

  /** For `@phoenix/db`'s `onQuery`. */
  readonly record = (sql: string): void => {
    const schema = SCHEMA.exec(sql)?.[1] ?? 'other';
    this.counts.set(schema, (this.counts.get(schema) ?? 0) + 1);
  };

  total(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Statements by schema since `before` (a `snapshot()`). */
  since(before: Record<string, number>): Record<string, number> {
    const delta: Record<string, number> = {};
    for (const [schema, count] of this.counts) {
      const grown = count - (before[schema] ?? 0);
      if (grown > 0) delta[schema] = grown;
    }
    return delta;
  }

  /** Resolves once fewer than `quietPerSecond` statements ran in one second (background work settled), or after `maxMs`. */
  async settle(quietPerSecond = 3, maxMs = 30_000): Promise<void> {
    const deadline = Date.now() + maxMs;
    while (Date.now() < deadline) {
      const before = this.total();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      if (this.total() - before < quietPerSecond) return;
    }
  }
}
