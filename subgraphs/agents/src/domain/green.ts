import { z } from 'zod';

/** How to estimate the energy and emissions of one model's completions. */
export interface GreenFactor {
  whPer1kInputTokens: number;
  whPer1kOutputTokens: number;
  /** Power drawn while a completion runs, counted over its latency. */
  watts: number;
  gCo2ePerKwh: number;
  source: string;
}

/** Token and latency totals of a set of completions. */
export interface UsageTotals {
  tokensIn: number;
  tokensOut: number;
  latencyMsSum: number;
}

// Defaults, documented with their sources in docs/ai.md. Every value is an estimate and can
// be replaced per model with AGENTS_GREEN_FACTORS.
const FRANCE_GRID_G_PER_KWH = 52;
const WORLD_GRID_G_PER_KWH = 480;

/** The local engine: no accelerator, one CPU core busy for the completion's latency. */
export const LOCAL_FACTOR: GreenFactor = {
  whPer1kInputTokens: 0,
  whPer1kOutputTokens: 0,
  watts: 10,
  gCo2ePerKwh: FRANCE_GRID_G_PER_KWH,
  source: 'One server CPU core (~10 W) during the latency; French grid mix 52 gCO2e/kWh (ADEME Base Empreinte, 2022).',
};

/** A remote model nothing more is known about: a mid-size open model on a GPU, world-average grid. */
export const REMOTE_DEFAULT_FACTOR: GreenFactor = {
  whPer1kInputTokens: 0.1,
  whPer1kOutputTokens: 1,
  watts: 0,
  gCo2ePerKwh: WORLD_GRID_G_PER_KWH,
  source:
    'Order of magnitude of measured LLM inference, ~3–4 J per generated token for a 65B model on A100 GPUs (Samsi et al. 2023, "From Words to Watts"); prompt tokens ~10× cheaper; world grid 480 gCO2/kWh (Ember, Global Electricity Review 2024).',
};

/** `AGENTS_GREEN_FACTORS`: factors per model name (or `provider:model`), partial entries allowed. */
export const greenFactorsEnv = z
  .string()
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object of factors by model' });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(
      z.string().min(1),
      z
        .object({
          whPer1kInputTokens: z.number().min(0),
          whPer1kOutputTokens: z.number().min(0),
          watts: z.number().min(0),
          gCo2ePerKwh: z.number().min(0),
          source: z.string().min(1),
        })
        .partial(),
    ),
  );

export type GreenFactorOverrides = z.infer<typeof greenFactorsEnv>;

/** The factor for a provider's model: an override by `provider:model` or by model, over the provider's default. */
export function factorFor(provider: string, model: string, overrides: GreenFactorOverrides = {}): GreenFactor {
  const base = provider === 'local' ? LOCAL_FACTOR : REMOTE_DEFAULT_FACTOR;
  const override = overrides[`${provider}:${model}`] ?? overrides[model];
  return override ? { ...base, ...override, source: override.source ?? `${base.source} (partly overridden by configuration)` } : base;
}

/** Estimated energy (Wh) and emissions (gCO2e) of completions with these totals. */
export function footprint(totals: UsageTotals, factor: GreenFactor): { energyWh: number; co2eGrams: number } {
  const tokenWh = (totals.tokensIn / 1000) * factor.whPer1kInputTokens + (totals.tokensOut / 1000) * factor.whPer1kOutputTokens;
  const runningWh = factor.watts * (totals.latencyMsSum / 3_600_000);
  const energyWh = tokenWh + runningWh;
  return { energyWh, co2eGrams: (energyWh / 1000) * factor.gCo2ePerKwh };
}
