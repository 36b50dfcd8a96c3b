import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { ConfigError, repoRoot } from '@phoenix/config';
import { taskQuality, variantArms } from '../src/domain/flywheel.js';
import { factorFor, footprint, LOCAL_FACTOR, REMOTE_DEFAULT_FACTOR } from '../src/domain/green.js';
import { reportingPeriod } from '../src/domain/period.js';
import { agentsConfig } from './support.js';

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('Green-AI estimates', () => {
  it('counts the local engine’s energy as CPU power over its latency', () => {
    const { energyWh, co2eGrams } = footprint({ tokensIn: 5000, tokensOut: 2000, latencyMsSum: 360_000 }, LOCAL_FACTOR);
    expect(energyWh).toBeCloseTo(1, 10);
    expect(co2eGrams).toBeCloseTo(0.052, 10);
  });

  it('counts a remote model’s energy per thousand input and output tokens', () => {
    const { energyWh } = footprint({ tokensIn: 10_000, tokensOut: 3000, latencyMsSum: 99_999 }, REMOTE_DEFAULT_FACTOR);
    expect(energyWh).toBeCloseTo(10 * 0.1 + 3 * 1, 10);
  });

  it('uses a configured factor for a model, by provider:model first, keeping defaults for missing fields', () => {
    const overrides = { 'openai-compatible:gpt-4o-mini': { whPer1kOutputTokens: 0.3, source: 'provider disclosure' }, 'gpt-4o-mini': { whPer1kOutputTokens: 9 } };
    expect(factorFor('openai-compatible', 'gpt-4o-mini', overrides)).toEqual({ ...REMOTE_DEFAULT_FACTOR, whPer1kOutputTokens: 0.3, source: 'provider disclosure' });
    expect(factorFor('openai-compatible', 'mistral-small', overrides)).toBe(REMOTE_DEFAULT_FACTOR);
    expect(factorFor('local', 'phoenix-local-1', overrides)).toBe(LOCAL_FACTOR);
  });
});

/** Every subgraph of the supergraph with the port `npm start` gives it, and the gateway. */
function localServices(): Map<string, number> {
  const { subgraphs } = parse(readFileSync(join(repoRoot, 'supergraph.yaml'), 'utf8')) as { subgraphs: Record<string, { routing_url: string }> };
  const services = new Map<string, number>([['gateway', 4000]]);
  for (const [name, { routing_url }] of Object.entries(subgraphs)) services.set(name, Number(new URL(routing_url).port));
  return services;
}

describe('agents configuration', () => {
  it('polls every service of a local run by default, each on its port', () => {
    const targets = agentsConfig().AGENTS_HEALTH_TARGETS;
    expect(new Map(targets.map((t) => [t.name, Number(new URL(t.url).port)]))).toEqual(localServices());
    expect(targets.map((t) => new URL(t.url).pathname)).toEqual(targets.map(() => '/health/ready'));
  });

  it('reads the local gateway\'s SLO report by default, without a token', () => {
    const config = agentsConfig();
    expect(config.AGENTS_SLO_URL).toBe('http://127.0.0.1:4000/health/slo');
    expect(config.METRICS_TOKEN).toBeUndefined();
  });

  it('takes a METRICS_TOKEN of 16 characters or more, an empty one as unset, and only an http(s) SLO URL', () => {
    expect(agentsConfig({ METRICS_TOKEN: 'sixteen-chars-ok' }).METRICS_TOKEN).toBe('sixteen-chars-ok');
    expect(agentsConfig({ METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
    expect(() => agentsConfig({ METRICS_TOKEN: 'too-short' })).toThrow(ConfigError);
    expect(() => agentsConfig({ AGENTS_SLO_URL: 'gateway:4000/health/slo' })).toThrow(ConfigError);
  });

  it('reads health targets and green factors, and reports every malformed entry', () => {
    const config = agentsConfig({ AGENTS_HEALTH_TARGETS: 'iris=http://iris:4005/health/ready', AGENTS_GREEN_FACTORS: '{"llama3.1:8b":{"whPer1kOutputTokens":0.2}}' });
    expect(config.AGENTS_HEALTH_TARGETS).toEqual([{ name: 'iris', url: 'http://iris:4005/health/ready' }]);
    expect(config.AGENTS_GREEN_FACTORS).toEqual({ 'llama3.1:8b': { whPer1kOutputTokens: 0.2 } });
    expect(() => agentsConfig({ AGENTS_GREEN_FACTORS: 'not json' })).toThrow(ConfigError);
    const error = captureError(() => agentsConfig({ AGENTS_HEALTH_TARGETS: 'iris=ftp://x,aube', AGENTS_GREEN_FACTORS: '{"m":{"watts":-1}}' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(3);
  });
});

describe('reporting period', () => {
  const now = new Date('2026-06-30T12:00:00Z');

  it('defaults to the last 30 days', () => {
    expect(reportingPeriod(undefined, undefined, now)).toEqual({ from: new Date('2026-05-31T12:00:00Z'), to: now });
  });

  it('refuses a date that does not parse', () => {
    expect(() => reportingPeriod('yesterday', undefined, now)).toThrow('from is not a date-time.');
  });
});

describe('flywheel statistics', () => {
  const rows = [
    { task: 'letters.generate', provider: 'local', variant: 'motivation-first', completions: 10, averageGrounding: 0.61234, averageLatencyMs: 40.04, fallbacks: 2, feedbackCount: 4, ratingSum: 18 },
    { task: 'letters.generate', provider: 'openai-compatible', variant: 'achievement-first', completions: 5, averageGrounding: null, averageLatencyMs: 900, fallbacks: 0, feedbackCount: 0, ratingSum: 0 },
  ];

  it('sums completions per task and averages ratings per provider and variant', () => {
    const [task] = taskQuality(rows, [], 1);
    expect(task).toMatchObject({ task: 'letters.generate', completions: 15, bestVariant: null });
    expect(task?.breakdown[0]).toMatchObject({ averageRating: 4.5, averageGrounding: 0.6123, averageLatencyMs: 40 });
    expect(task?.breakdown[1]).toMatchObject({ averageRating: null, averageGrounding: null });
  });

  it('lists every declared variant as an arm, even one without feedback, and favours the better-rated one', () => {
    const arms = variantArms('letters.generate', [{ task: 'letters.generate', variant: 'achievement-first', ratings: [5, 5, 4, 5, 5, 4] }], 7);
    expect(arms.map((a) => [a.variant, a.feedbackCount])).toEqual([
      ['motivation-first', 0],
      ['achievement-first', 6],
    ]);
    const [task] = taskQuality(rows, [{ task: 'letters.generate', variant: 'achievement-first', ratings: [5, 5, 4, 5, 5, 4] }], 7);
    expect(task?.bestVariant).toBe('achievement-first');
  });

  it('is reproducible with the same seed', () => {
    const ratings = [
      { task: 'iris.reply', variant: 'guided', ratings: [4, 3] },
      { task: 'iris.reply', variant: 'concise', ratings: [3, 4] },
    ];
    expect(variantArms('iris.reply', ratings, 5)).toEqual(variantArms('iris.reply', ratings, 5));
  });
});
