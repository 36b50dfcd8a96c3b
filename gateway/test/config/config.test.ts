import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { ConfigError, repoRoot } from '@phoenix/config';
import { loadGatewayConfig, subgraphSettings } from '../../src/config.js';

const keys = { CONTEXT_TOKEN_PRIVATE_KEY: 'private-pem', CONTEXT_TOKEN_PUBLIC_KEY: 'public-pem' };

function problemsOf(env: Record<string, string>): string {
  try {
    loadGatewayConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('gateway configuration', () => {
  it('defaults to a local, introspectable gateway in development', () => {
    const config = loadGatewayConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 4000,
      HOST: '127.0.0.1',
      SUPERGRAPH_PATH: join(repoRoot, 'supergraph.graphql'),
      CORS_ORIGINS: ['http://localhost:5173', 'http://localhost:4000'],
      GATEWAY_INTROSPECTION: true,
      ACCOUNTS_JWKS_URL: 'http://127.0.0.1:4001/.well-known/jwks.json',
      SUBGRAPH_TIMEOUT_MS: 10_000,
      BODY_LIMIT: '1mb',
      keysDirectory: join(repoRoot, '.data', 'keys'),
    });
    expect(config.CONTEXT_TOKEN_PRIVATE_KEY).toBeUndefined();
  });

  it('closes introspection and CORS and listens on every interface in production', () => {
    const config = loadGatewayConfig({ NODE_ENV: 'production', ...keys });
    expect(config).toMatchObject({ HOST: '0.0.0.0', CORS_ORIGINS: [], GATEWAY_INTROSPECTION: false });
  });

  it('requires the context token key pair in production, and both halves together everywhere', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toContain('CONTEXT_TOKEN_PRIVATE_KEY');
    expect(problemsOf({ NODE_ENV: 'development', CONTEXT_TOKEN_PRIVATE_KEY: 'only-half' })).toContain('CONTEXT_TOKEN_PUBLIC_KEY');
  });

  it('reads per-subgraph routing URLs and timeouts', () => {
    const config = loadGatewayConfig({
      SUBGRAPH_TIMEOUT_MS: '5000',
      SUBGRAPH_ACCOUNTS_URL: 'http://accounts:4001/graphql',
      SUBGRAPH_BILLING_TIMEOUT_MS: '2500',
    });
    expect(subgraphSettings(config, 'accounts', 'http://127.0.0.1:4001/graphql')).toEqual({ url: 'http://accounts:4001/graphql', timeoutMs: 5000 });
    expect(subgraphSettings(config, 'billing', 'http://127.0.0.1:4002/graphql')).toEqual({ url: 'http://127.0.0.1:4002/graphql', timeoutMs: 2500 });
  });

  it('defaults the protections: operation limits, cost limits and buckets per kind of caller, APQ on, no safelist', () => {
    const { protection } = loadGatewayConfig({});
    expect(protection.limits).toEqual({ maxDepth: 10, maxAliases: 15, maxRootFields: 20, maxDirectives: 50, maxTokens: 1_000, maxFields: 2_000, maxBatch: 0 });
    expect(protection.costLimits.anonymous).toEqual({ cost: 500, bucket: { capacity: 1_000, refillPerSecond: 50 } });
    expect(protection.costLimits.premium_plus.cost).toBe(3_000);
    expect(protection.costLimits.ip).toEqual({ capacity: 20_000, refillPerSecond: 1_000 });
    expect(protection).toMatchObject({ defaultListSize: 10, redisUrl: undefined, trustProxyHops: 0, apiKeyCacheSeconds: 5, apq: true, safelistPath: undefined });
    expect(protection).toMatchObject({ sessionCacheSeconds: 5, sessionStaleSeconds: 900 });
  });

  it('treats an empty REDIS_URL or GATEWAY_SAFELIST_PATH (docker-compose `${VAR:-}`) as unset', () => {
    expect(loadGatewayConfig({ REDIS_URL: '', GATEWAY_SAFELIST_PATH: '' }).protection).toMatchObject({ redisUrl: undefined, safelistPath: undefined });
  });

  it('reads every protection variable', () => {
    const { protection } = loadGatewayConfig({
      GATEWAY_MAX_DEPTH: '7',
      GATEWAY_MAX_BATCH: '5',
      GATEWAY_COST_LIMIT_PARTNER: '300',
      GATEWAY_BUCKET_REFILL_IP: '9',
      REDIS_URL: 'redis://cache:6379',
      GATEWAY_TRUST_PROXY: '1',
      GATEWAY_APQ: 'false',
      GATEWAY_SAFELIST_PATH: '/etc/phoenix/persisted-documents.json',
      GATEWAY_SESSION_CACHE_SECONDS: '0',
      GATEWAY_SESSION_STALE_SECONDS: '30',
    });
    expect(protection.limits).toMatchObject({ maxDepth: 7, maxBatch: 5 });
    expect(protection.costLimits.partner.cost).toBe(300);
    expect(protection.costLimits.ip.refillPerSecond).toBe(9);
    expect(protection).toMatchObject({ redisUrl: 'redis://cache:6379', trustProxyHops: 1, apq: false, safelistPath: '/etc/phoenix/persisted-documents.json' });
    expect(protection).toMatchObject({ sessionCacheSeconds: 0, sessionStaleSeconds: 30 });
  });

  it('refuses a bucket smaller than its cost limit, and out-of-range protection values', () => {
    expect(problemsOf({ GATEWAY_COST_LIMIT_FREE: '5000' })).toContain('GATEWAY_BUCKET_CAPACITY_FREE');
    const problems = problemsOf({ GATEWAY_MAX_DEPTH: '0', REDIS_URL: 'http://cache', GATEWAY_BUCKET_REFILL_ADMIN: 'fast' });
    for (const key of ['GATEWAY_MAX_DEPTH', 'REDIS_URL', 'GATEWAY_BUCKET_REFILL_ADMIN']) expect(problems).toContain(key);
    const sessions = problemsOf({ GATEWAY_SESSION_CACHE_SECONDS: '61', GATEWAY_SESSION_STALE_SECONDS: '901' });
    for (const key of ['GATEWAY_SESSION_CACHE_SECONDS', 'GATEWAY_SESSION_STALE_SECONDS']) expect(sessions).toContain(key);
  });

  it('reports every problem at once, including those of per-subgraph variables', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      PORT: 'eighty',
      GATEWAY_INTROSPECTION: 'maybe',
      ACCOUNTS_JWKS_URL: 'ftp://accounts/jwks',
      BODY_LIMIT: 'huge',
      SUBGRAPH_BILLING_URL: 'not a url',
      SUBGRAPH_AUBE_TIMEOUT_MS: '-1',
    });
    for (const key of ['PORT', 'GATEWAY_INTROSPECTION', 'ACCOUNTS_JWKS_URL', 'BODY_LIMIT', 'SUBGRAPH_BILLING_URL', 'SUBGRAPH_AUBE_TIMEOUT_MS', 'CONTEXT_TOKEN_PRIVATE_KEY']) {
      expect(problems).toContain(key);
    }
  });
});
