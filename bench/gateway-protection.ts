import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import { Agent, request } from 'undici';
import { createGateway, loadGatewayConfig, type PhoenixGateway } from '@phoenix/gateway';
import { generatePemKeyPair } from '@phoenix/keys';
import { createLogger } from '@phoenix/logger';
import { TYPICAL_OPERATION, benchSupergraph, startBenchSubgraphs, type BenchSubgraphs } from './protection/scenario.js';

export interface ProtectionBenchOptions {
  /** Measured seconds per round and mode, at most 10 (default 6). */
  durationSeconds?: number;
  /** Unmeasured seconds per stack before the first round (default 2). */
  warmupSeconds?: number;
  /** Requests in flight at once (default 16). */
  concurrency?: number;
  /** Rounds, each measuring both stacks in alternating order (default 3). */
  rounds?: number;
}

export interface ProtectionBenchResult {
  operation: string;
  /** Correct responses per second with every protection on (best round). */
  protectedRequestsPerSecond: number;
  /** The same gateway and subgraphs with every protection off (best round). */
  unprotectedRequestsPerSecond: number;
  /** Best protected / best unprotected: 1 means the protections cost nothing. */
  ratio: number;
  /** The median of the per-round ratios, less sensitive to one lucky round. */
  medianRoundRatio: number;
  /**
   * Requests per CPU-second of this process (gateway, subgraphs and load generator), best
   * round: what a dedicated core would serve, whatever else the machine runs.
   */
  protectedRequestsPerCpuSecond: number;
  unprotectedRequestsPerCpuSecond: number;
  /** protected / unprotected requests per CPU-second. */
  cpuRatio: number;
  goal: number;
  meetsGoal: boolean;
  rounds: { protected: number[]; unprotected: number[] };
  /** Responses that were not a correct 200 (there should be none). */
  failures: { protected: number; unprotected: number };
  concurrency: number;
  durationSeconds: number;
}

const GOAL = 0.9;
const PREMIUM_USER = '5f0c6a38-3b1e-4c8e-9a51-2f4d8c7e1a90';
// The bench accounts answers every session as active (bench/protection/scenario.ts).
const BENCH_SESSION = '0b3c5e7a-9d1f-4a2b-8c4d-6e8f0a1b2c3d';

// Thresholds high enough that one client on loopback is never refused: every protection
// still runs on every request (limits, shield, cost, bucket), only the limits move.
const UNREFUSED = {
  GATEWAY_COST_LIMIT_PREMIUM: '100000',
  GATEWAY_BUCKET_CAPACITY_PREMIUM: '1000000000',
  GATEWAY_BUCKET_REFILL_PREMIUM: '1000000000',
  GATEWAY_BUCKET_CAPACITY_IP: '1000000000',
  GATEWAY_BUCKET_REFILL_IP: '1000000000',
};

interface Stack {
  url: string;
  gateway: PhoenixGateway;
  subgraphs: BenchSubgraphs;
}

/**
 * Measures requests per second of a typical signed-in operation (two subgraphs, an entity
 * join, directives, ownership, a list) through the gateway with every protection on —
 * operation limits, graphql-shield at the gateway and in the subgraphs, cost estimate,
 * cost-based buckets — and with all of them off, on loopback in this process, and returns
 * their ratio (goal ≥ 0.9). Concurrent undici requests for a fixed duration, no autocannon.
 * Requests per CPU-second are reported too: on a shared machine they move far less than
 * wall-clock requests per second.
 */
export async function measureGatewayProtection(options: ProtectionBenchOptions = {}): Promise<ProtectionBenchResult> {
  const durationSeconds = Math.min(10, options.durationSeconds ?? 5);
  const warmupSeconds = Math.min(10, options.warmupSeconds ?? 2);
  const concurrency = options.concurrency ?? 16;
  const rounds = options.rounds ?? 3;
  const directory = await mkdtemp(join(tmpdir(), 'phoenix-protection-bench-'));
  const issuer = await tokenIssuer();
  const token = await issuer.issue();
  const stacks: Stack[] = [];
  const agent = new Agent({ connections: concurrency, keepAliveTimeout: 30_000 });
  try {
    const protectedStack = await startStack({ directory, name: 'protected', protections: true, jwks: issuer.jwks });
    stacks.push(protectedStack);
    const unprotectedStack = await startStack({ directory, name: 'unprotected', protections: false, jwks: issuer.jwks });
    stacks.push(unprotectedStack);
    const modes = [['protected', protectedStack], ['unprotected', unprotectedStack]] as const;
    // Both stacks share this process's JIT: warm both before measuring either.
    for (const [, stack] of modes) await drive(stack.url, token, agent, concurrency, warmupSeconds);
    const results = { protected: [] as number[], unprotected: [] as number[] };
    const perCpuSecond = { protected: [] as number[], unprotected: [] as number[] };
    const failures = { protected: 0, unprotected: 0 };
    for (let round = 0; round < rounds; round++) {
      // Alternating which goes first spreads the drift of a shared machine over both.
      for (const [mode, stack] of round % 2 === 0 ? modes : [...modes].reverse()) {
        const measured = await drive(stack.url, token, agent, concurrency, durationSeconds);
        results[mode].push(Math.round(measured.requestsPerSecond));
        perCpuSecond[mode].push(Math.round(measured.requestsPerCpuSecond));
        failures[mode] += measured.failures;
      }
    }
    const best = { protected: Math.max(...results.protected), unprotected: Math.max(...results.unprotected) };
    const ratio = best.unprotected > 0 ? round3(best.protected / best.unprotected) : 0;
    const cpuBest = { protected: Math.max(...perCpuSecond.protected), unprotected: Math.max(...perCpuSecond.unprotected) };
    const perRound = results.protected.map((value, index) => value / (results.unprotected[index] || Infinity)).sort((a, b) => a - b);
    return {
      operation: 'Dashboard (me + plan + premiumInsight + plans, PREMIUM user)',
      protectedRequestsPerSecond: best.protected,
      unprotectedRequestsPerSecond: best.unprotected,
      ratio,
      medianRoundRatio: round3(perRound[Math.floor(perRound.length / 2)] ?? 0),
      protectedRequestsPerCpuSecond: cpuBest.protected,
      unprotectedRequestsPerCpuSecond: cpuBest.unprotected,
      cpuRatio: cpuBest.unprotected > 0 ? round3(cpuBest.protected / cpuBest.unprotected) : 0,
      goal: GOAL,
      meetsGoal: ratio >= GOAL,
      rounds: results,
      failures,
      concurrency,
      durationSeconds,
    };
  } finally {
    await agent.close();
    for (const stack of stacks) {
      await stack.gateway.stop();
      await stack.subgraphs.stop();
    }
    await rm(directory, { recursive: true, force: true });
  }
}

async function startStack(options: { directory: string; name: string; protections: boolean; jwks: { keys: object[] } }): Promise<Stack> {
  const logger = createLogger('bench', 'silent');
  const contextKeys = await generatePemKeyPair();
  const subgraphs = await startBenchSubgraphs({ contextKeys, logger, shield: options.protections });
  const supergraphPath = join(options.directory, `${options.name}.graphql`);
  await writeFile(supergraphPath, benchSupergraph(subgraphs));
  const config = loadGatewayConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    SUPERGRAPH_PATH: supergraphPath,
    PHOENIX_DATA_DIR: options.directory,
    CONTEXT_TOKEN_PRIVATE_KEY: contextKeys.privateKeyPem,
    CONTEXT_TOKEN_PUBLIC_KEY: contextKeys.publicKeyPem,
    ...UNREFUSED,
  });
  const gateway = await createGateway({
    config,
    logger,
    jwks: createLocalJWKSet(options.jwks as Parameters<typeof createLocalJWKSet>[0]),
    ...(options.protections ? {} : { unprotected: true }),
  });
  const { url } = await gateway.start();
  return { url, gateway, subgraphs };
}

async function drive(url: string, token: string, agent: Agent, concurrency: number, seconds: number): Promise<{ requestsPerSecond: number; requestsPerCpuSecond: number; failures: number }> {
  const body = JSON.stringify({ query: TYPICAL_OPERATION });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const deadline = started + seconds * 1000;
  let ok = 0;
  let failures = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      try {
        const response = await request(url, { method: 'POST', headers, body, dispatcher: agent });
        const text = await response.body.text();
        if (response.statusCode === 200 && text.includes('"premiumInsight":"') && !text.includes('"errors"')) ok++;
        else failures++;
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const cpu = process.cpuUsage(cpuBefore);
  return { requestsPerSecond: ok / ((performance.now() - started) / 1000), requestsPerCpuSecond: ok / ((cpu.user + cpu.system) / 1e6), failures };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

async function tokenIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'EdDSA', use: 'sig' };
  return {
    jwks: { keys: [jwk] },
    issue: () =>
      new SignJWT({ tier: 'PREMIUM', roles: [], sid: BENCH_SESSION })
        .setProtectedHeader({ alg: 'EdDSA', kid: 'bench' })
        .setSubject(PREMIUM_USER)
        .setIssuer('phoenix-accounts')
        .setAudience('phoenix')
        .setIssuedAt()
        .setExpirationTime('15m')
        .sign(privateKey),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await measureGatewayProtection(), null, 2));
}
