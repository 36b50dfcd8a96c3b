import DataLoader from 'dataloader';
import type { Database } from '@phoenix/db';
import { qualityByTask, ratingsByVariant, usageByModel, type ModelUsageRow, type Period, type QualityRow, type VariantRatingRow } from './flywheel/usage-store.js';

export interface AgentsLoaders {
  usageByModel: DataLoader<Period, ModelUsageRow[], string>;
  qualityByTask: DataLoader<Period, QualityRow[], string>;
  ratingsByVariant: DataLoader<Period, VariantRatingRow[], string>;
}

const periodKey = (period: Period) => `${period.from.toISOString()}/${period.to.toISOString()}`;

// One aggregate query per distinct period, shared by every field of the request that needs it
// (totals and models both read usage by model).
function perPeriod<T>(query: (db: Database, period: Period) => Promise<T>, db: Database): DataLoader<Period, T, string> {
  return new DataLoader((periods: readonly Period[]) => Promise.all(periods.map((period) => query(db, period))), { cacheKeyFn: periodKey });
}

/** Fresh loaders for one request. */
export function createLoaders(db: Database): AgentsLoaders {
  return {
    usageByModel: perPeriod(usageByModel, db),
    qualityByTask: perPeriod(qualityByTask, db),
    ratingsByVariant: perPeriod(ratingsByVariant, db),
  };
}
