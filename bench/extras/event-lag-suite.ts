import { createTestDatabase, openDatabase, type DatabaseHandle } from '@phoenix/db';
import { importOptional } from './optional-module.js';

export interface EventLagFigure {
  database: 'pglite' | 'postgres';
  ratePerSecond: number;
  count?: number;
  medianMs?: number;
  p99Ms?: number;
  error?: string;
}

type MeasureEventLag = (options: { database: DatabaseHandle; ratePerSecond: number; count: number }) => Promise<{
  count: number;
  medianMs: number;
  p99Ms: number;
}>;

export const EVENT_RATES = [100, 1000] as const;

/**
 * Runs bench/event-lag.ts's `measureEventLag` at each rate on a fresh embedded PGlite, and on
 * a fresh database of the server at `DATABASE_URL` when it is set. Undefined when the module
 * has not landed.
 */
export async function runEventLagSuite(options: { eventSeconds: number; env: NodeJS.ProcessEnv }): Promise<EventLagFigure[] | undefined> {
  const module = await importOptional('event-lag.ts');
  if (!module) return undefined;
  const measure = module.measureEventLag;
  if (typeof measure !== 'function') return [{ database: 'pglite', ratePerSecond: 0, error: 'bench/event-lag.ts exports no measureEventLag' }];

  const targets: { kind: EventLagFigure['database']; open: () => Promise<DatabaseHandle> }[] = [{ kind: 'pglite', open: () => openDatabase() }];
  if (options.env.DATABASE_URL) targets.push({ kind: 'postgres', open: () => createTestDatabase(options.env) });

  const figures: EventLagFigure[] = [];
  for (const target of targets) {
    for (const ratePerSecond of EVENT_RATES) {
      const count = Math.max(10, Math.round(ratePerSecond * options.eventSeconds));
      let database: DatabaseHandle | undefined;
      try {
        database = await target.open();
        const result = await (measure as MeasureEventLag)({ database, ratePerSecond, count });
        figures.push({ database: target.kind, ratePerSecond, count: result.count, medianMs: result.medianMs, p99Ms: result.p99Ms });
      } catch (error) {
        figures.push({ database: target.kind, ratePerSecond, count, error: (error as Error).message });
      } finally {
        await database?.close().catch(() => undefined);
      }
    }
  }
  return figures;
}
