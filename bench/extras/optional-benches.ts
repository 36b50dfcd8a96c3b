import { importOptional, withTimeout } from './optional-module.js';

export interface OptionalBenchFigures {
  title: string;
  /** `file#function` that ran. */
  ran: string;
  /** Its result as returned (kept whole in the JSON results). */
  result?: unknown;
  /** Its numeric and short text figures, flattened to `path: value`, for the table. */
  figures: Record<string, number | string>;
  error?: string;
}

interface OptionalBench {
  title: string;
  /** Relative to bench/. */
  file: string;
  /** Names the entry point may be exported under, most specific first. */
  entries: string[];
}

// Benches other issues own. Each entry point is called without arguments, so it runs with
// the defaults its owner chose for this suite.
const OPTIONAL_BENCHES: OptionalBench[] = [
  {
    title: 'Gateway protection overhead',
    file: 'gateway-protection.ts',
    entries: ['runGatewayProtectionBench', 'measureGatewayProtection', 'measureProtectionOverhead', 'runGatewayProtection', 'default'],
  },
  { title: 'Stripe webhook → subscription committed', file: 'stripe-to-tier.ts', entries: ['runStripeToSubscriptionBench'] },
];

const TIMEOUT_MS = 180_000;
const MAX_FIGURES = 24;

/** Runs every optional bench that exists; `missing` lists the files not there yet. */
export async function runOptionalBenches(): Promise<{ ran: OptionalBenchFigures[]; missing: string[] }> {
  const ran: OptionalBenchFigures[] = [];
  const missing: string[] = [];
  for (const bench of OPTIONAL_BENCHES) {
    const module = await importOptional(bench.file);
    if (!module) {
      missing.push(`bench/${bench.file}`);
      continue;
    }
    const name = bench.entries.find((candidate) => typeof module[candidate] === 'function');
    if (!name) {
      ran.push({ title: bench.title, ran: bench.file, figures: {}, error: `exports none of ${bench.entries.join(', ')}` });
      continue;
    }
    const entry = module[name] as () => Promise<unknown>;
    console.log(`${bench.title} (bench/${bench.file} ${name})…`);
    try {
      const result = await withTimeout(Promise.resolve(entry()), TIMEOUT_MS, `${bench.file} ${name}`);
      ran.push({ title: bench.title, ran: `${bench.file}#${name}`, result, figures: flatten(result) });
    } catch (error) {
      ran.push({ title: bench.title, ran: `${bench.file}#${name}`, figures: {}, error: (error as Error).message });
    }
  }
  return { ran, missing };
}

function flatten(value: unknown, prefix = '', into: Record<string, number | string> = {}): Record<string, number | string> {
  if (Object.keys(into).length >= MAX_FIGURES) return into;
  if (typeof value === 'number' || (typeof value === 'string' && value.length <= 60)) {
    into[prefix || 'value'] = value;
  } else if (Array.isArray(value)) {
    value.slice(0, MAX_FIGURES).forEach((item, index) => flatten(item, `${prefix}[${index}]`, into));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}
