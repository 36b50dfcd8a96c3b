import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@phoenix/config';
import { createAiRouter, parseAiConfig } from '../src/index.js';

describe('AI configuration', () => {
  it('defaults to the local provider with every limit set', () => {
    const config = parseAiConfig({});
    expect(config).toMatchObject({ AI_PROVIDER: 'local', AI_TIMEOUT_MS: 20_000, AI_BURST: 10, AI_MAX_CONCURRENT: 8, AI_GUARDIAN_BLOCK_SCORE: 60 });
    expect(config.AI_REMOTE_TIERS).toEqual(['FREE', 'PREMIUM', 'PREMIUM_PLUS']);
  });

  it('requires a base URL and a model for openai-compatible, reporting both at once', () => {
    let error: unknown;
    try {
      parseAiConfig({ AI_PROVIDER: 'openai-compatible' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join('\n')).toMatch(/AI_OPENAI_BASE_URL[\s\S]*AI_OPENAI_MODEL/);
  });

  it('rejects unknown tiers and tasks in the routing lists', () => {
    expect(() => parseAiConfig({ AI_REMOTE_TIERS: 'GOLD' })).toThrow(ConfigError);
    expect(() => parseAiConfig({ AI_REMOTE_TASKS: 'letters.generate,dreams.interpret' })).toThrow(ConfigError);
  });

  it('builds a router that works offline with no configuration at all', async () => {
    const router = createAiRouter(parseAiConfig({}));
    try {
      const result = await router.complete({ task: 'rise.coach', input: { mood: 7, notes: 'J’ai terminé mon module de formation en comptabilité.' } });
      expect(result.record.provider).toBe('local');
      expect(result.text).toContain('Humeur à 7/10');
      expect(router.health()).toEqual([{ provider: 'local', model: 'phoenix-local-1', circuit: 'closed', inFlight: 0, tokensAvailable: null }]);
    } finally {
      router.close();
    }
  });

  it('builds a router with the remote provider first when configured', () => {
    const router = createAiRouter(parseAiConfig({ AI_PROVIDER: 'openai-compatible', AI_OPENAI_BASE_URL: 'http://127.0.0.1:11434', AI_OPENAI_MODEL: 'mistral' }));
    try {
      expect(router.health().map((h) => [h.provider, h.model, h.circuit])).toEqual([
        ['openai-compatible', 'mistral', 'closed'],
        ['local', 'phoenix-local-1', 'closed'],
      ]);
    } finally {
      router.close();
    }
  });
});
