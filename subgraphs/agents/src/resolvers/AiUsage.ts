import type { AiUsageResolvers } from '../__generated__/resolvers-types.js';
import { factorFor, footprint } from '../domain/green.js';
import { taskQuality } from '../domain/flywheel.js';
import type { ModelUsageRow, Period } from '../flywheel/usage-store.js';
import type { AgentsSettings } from '../context.js';

/** The parent of every `AiUsage` field: the reporting period. */
export type AiUsageParent = Period;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function modelFigures(row: ModelUsageRow, settings: AgentsSettings) {
  const factor = factorFor(row.provider, row.model, settings.greenFactors);
  const { energyWh, co2eGrams } = footprint(row, factor);
  return {
    factor,
    figures: {
      completions: row.completions,
      tokensIn: row.tokensIn,
      tokensOut: row.tokensOut,
      averageLatencyMs: row.completions > 0 ? round(row.latencyMsSum / row.completions, 1) : null,
      fallbacks: row.fallbacks,
      energyWh: round(energyWh, 6),
      co2eGrams: round(co2eGrams, 6),
    },
  };
}

export const AiUsage: AiUsageResolvers = {
  from: (period) => period.from.toISOString(),
  to: (period) => period.to.toISOString(),
  models: async (period, _args, { loaders, settings }) =>
    (await loaders.usageByModel.load(period)).map((row) => ({ provider: row.provider, model: row.model, ...modelFigures(row, settings) })),
  totals: async (period, _args, { loaders, settings }) => {
    const rows = await loaders.usageByModel.load(period);
    const figures = rows.map((row) => modelFigures(row, settings).figures);
    const sum = (pick: (f: (typeof figures)[number]) => number) => figures.reduce((total, f) => total + pick(f), 0);
    const completions = sum((f) => f.completions);
    const latencySum = rows.reduce((total, row) => total + row.latencyMsSum, 0);
    return {
      completions,
      tokensIn: sum((f) => f.tokensIn),
      tokensOut: sum((f) => f.tokensOut),
      averageLatencyMs: completions > 0 ? round(latencySum / completions, 1) : null,
      fallbacks: sum((f) => f.fallbacks),
      energyWh: round(sum((f) => f.energyWh), 6),
      co2eGrams: round(sum((f) => f.co2eGrams), 6),
    };
  },
  tasks: async (period, _args, { loaders, settings }) => {
    const [rows, ratings] = await Promise.all([loaders.qualityByTask.load(period), loaders.ratingsByVariant.load(period)]);
    return taskQuality(rows, ratings, settings.banditSeed);
  },
};
