import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { corrupt } from './fuzz/corrupt.js';
import { httpCatalogue, randomHttpCase, type ClientRequest, type HttpCase, type RawRequest } from './fuzz/http-cases.js';
import { OperationGenerator, type GeneratedOperation } from './fuzz/operations.js';
import { Random, runSeed } from './fuzz/random.js';
import { FuzzSender, type Answer } from './fuzz/send.js';
import { resilienceProfile, timeoutFor } from './support/profile.js';
import { startResilienceStack, statusOf, type GatewayMemory, type ResilienceStack } from './support/harness.js';

// Random but grammatical GraphQL operations from the supergraph's schema (and broken copies
// of them), then malformed HTTP — bodies, encodings, variables, credentials, headers,
// methods, paths, raw protocol breakage — against the gateway: no answer may be a 5xx, the
// gateway must stay up, and its live heap must not keep growing.

const profile = resilienceProfile();
const seed = runSeed();
const CONCURRENCY = 6;
/** Live heap growth allowed during the second pass over the same requests: generous (per-request garbage, pools, JIT). */
const HEAP_GROWTH_BOUND_MB = 32;

interface Failure {
  name: string;
  request: string;
  status: number;
  preview: string;
}

let harness: ResilienceStack;

beforeAll(async () => {
  harness = await startResilienceStack({ users: profile.users });
}, timeoutFor(0));

afterAll(async () => {
  await harness?.stop();
});

describe('the gateway under a grammar-based fuzzer and malformed HTTP', () => {
  it(
    'answers every request below 500 with a stable error code, stays up, and keeps its heap flat',
    async () => {
      const random = new Random(seed);
      const schema = buildSchema(readFileSync(harness.stack.supergraphPath, 'utf8'), { assumeValidSDL: true });
      const generator = new OperationGenerator(schema, random);
      const sender = new FuzzSender(harness.origin, CONCURRENCY);
      const statuses: Record<string, number> = {};
      const codes: Record<string, number> = {};
      const failures: Failure[] = [];
      // Not 5xx, but an unexpected (masked) error: every bad input deserves its own code. Reported once per kind.
      const internalErrors = new Map<string, Failure & { count: number }>();
      let executed = 0;
      let unsent = 0;

      const judge = (name: string, request: ClientRequest | RawRequest, answer: Answer) => {
        if (answer.status === -1) {
          unsent++;
          return;
        }
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        for (const code of answer.codes ?? []) codes[code] = (codes[code] ?? 0) + 1;
        if (answer.hasData) executed++;
        if (answer.status >= 500) failures.push({ name, request: describeRequest(request), status: answer.status, preview: answer.preview });
        else if (answer.internalPaths && answer.internalPaths.length > 0) {
          const kind = `HTTP ${answer.status} at ${answer.internalPaths.some((path) => path !== '-') ? [...new Set(answer.internalPaths)].sort().join(', ') : `no path ("${name}")`}`;
          const known = internalErrors.get(kind);
          if (known) known.count++;
          else internalErrors.set(kind, { name, request: describeRequest(request), status: answer.status, preview: answer.preview, count: 1 });
        }
      };
      const sendCase = async (item: HttpCase) => judge(item.name, item.request, await sender.send(item.request));
      const sendAll = (cases: HttpCase[], concurrency: number) => inPool(cases.length, concurrency, (index) => sendCase(cases[index] as HttpCase));

      const catalogue = await httpCatalogue();
      const operations = Array.from({ length: profile.fuzzOperations }, () => operationCase(generator.next(), random, harness));
      const randomHttp = Array.from({ length: profile.fuzzHttpRequests }, () => {
        const text = JSON.stringify(generator.next());
        return randomHttpCase(random, random.chance(0.5) ? corrupt(text, random) : text);
      });
      const corpus = [...operations, ...randomHttp];
      const started = performance.now();
      const atStart = await harness.gatewayMemory();
      try {
        // Every request twice: the first pass fills what the gateway caches by document (parsed
        // and validated documents, query plans, persisted queries, all bounded), so memory
        // that still grows during the second pass, which brings nothing new, is a leak.
        await sendAll(catalogue, 4);
        await sendAll(corpus, CONCURRENCY);
        const warmed = await harness.gatewayMemory();
        await sendAll(catalogue, 4);
        await sendAll(corpus, CONCURRENCY);
        const atEnd = await harness.gatewayMemory();

        const sent = Object.values(statuses).reduce((sum, count) => sum + count, 0);
        process.stdout.write(
          [
            `fuzzer (seed ${seed}, RESILIENCE_SEED=${seed} replays it): ${sent} requests in ${Math.round((performance.now() - started) / 1000)} s — ` +
              `${profile.fuzzOperations} generated operations (a tenth corrupted), ${catalogue.length} catalogue cases and ${profile.fuzzHttpRequests} random HTTP requests, each sent twice; ` +
              `${unsent} the HTTP client itself refused to send`,
            `  statuses ${JSON.stringify(statuses)}; ${executed} answers carried data; error codes ${JSON.stringify(top(codes, 12))}`,
            `  gateway memory after GC: start ${memory(atStart)}, after the first pass ${memory(warmed)}, after the second ${memory(atEnd)} ` +
              `(live heap ${signed(atEnd.heapUsedMb - warmed.heapUsedMb)} MB during the second pass, ${signed(atEnd.heapUsedMb - atStart.heapUsedMb)} MB in all)`,
            ...failures.slice(0, 10).map((failure) => `  5xx ${failure.status} on "${failure.name}": ${failure.request}\n    → ${failure.preview}`),
            ...(internalErrors.size > 0 ? ['  answers below 500 carrying INTERNAL_SERVER_ERROR (an unexpected error, masked), by kind:'] : []),
            ...[...internalErrors].slice(0, 12).map(([kind, example]) => `    ${kind} (${example.count}×), e.g. ${example.request}\n      → ${example.preview}`),
            '',
          ].join('\n'),
        );
        expect(failures).toEqual([]);
        expect([...internalErrors.keys()]).toEqual([]);
        expect(harness.gatewayAlive()).toBe(true);
        expect(await statusOf(`${harness.origin}/health/live`)).toBe(200);
        expect(atEnd.heapUsedMb - warmed.heapUsedMb).toBeLessThan(HEAP_GROWTH_BOUND_MB);
      } finally {
        await sender.close();
      }
    },
    timeoutFor(profile.name === 'long' ? 900 : 120),
  );
});

/** A generated operation as a request: mostly POST JSON as a seeded user or anonymous, sometimes GET, sometimes corrupted. */
function operationCase(operation: GeneratedOperation, random: Random, stack: ResilienceStack): HttpCase {
  const query = random.chance(0.1) ? corrupt(operation.query, random) : operation.query;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const caller = random.next();
  if (caller < 0.6) headers.authorization = `Bearer ${random.pick(stack.users).accessToken}`;
  else if (caller < 0.63) headers.authorization = random.pick(['Bearer nope', 'ApiKey nope']);
  if (random.chance(0.05)) {
    const params = new URLSearchParams({ query });
    if (operation.variables !== undefined) params.set('variables', JSON.stringify(operation.variables));
    return { name: 'generated operation (GET)', request: { kind: 'client', method: 'GET', path: `/graphql?${params}`, headers: { ...headers, 'apollo-require-preflight': 'true' } } };
  }
  const body = JSON.stringify({ ...operation, query });
  return { name: 'generated operation', request: { kind: 'client', method: 'POST', path: '/graphql', headers, body: random.chance(0.03) ? corrupt(body, random) : body } };
}

/** Runs `task(0..count-1)` with at most `concurrency` at once. */
async function inPool(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

function describeRequest(request: ClientRequest | RawRequest): string {
  if (request.kind === 'raw') return `raw ${JSON.stringify(request.bytes.toString('latin1').slice(0, 2_000))}`;
  const headers = Object.entries(request.headers)
    .map(([name, value]) => `-H ${JSON.stringify(`${name}: ${name === 'authorization' && value.startsWith('Bearer ey') ? 'Bearer <a seeded user token>' : value.slice(0, 200)}`)}`)
    .join(' ');
  const body = request.body === undefined ? '' : ` --data-binary ${JSON.stringify((Buffer.isBuffer(request.body) ? request.body.toString('latin1') : request.body).slice(0, 2_000))}`;
  return `curl -X ${request.method} ${headers} 'GATEWAY${request.path.slice(0, 500)}'${body}`;
}

function top(counts: Record<string, number>, limit: number): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, limit));
}

function memory(value: GatewayMemory): string {
  return `heap ${value.heapUsedMb} MB / RSS ${value.rssMb} MB`;
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${Math.round(value * 10) / 10}`;
}
