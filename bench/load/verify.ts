import { setTimeout as sleep } from 'node:timers/promises';
import { BENCHMARK_BODY, expectedResponse } from '../scenario/files.js';

export interface Answer {
  status: number;
  text: string;
}

/** Sends the benchmark query once. */
export async function askBenchmarkQuery(url: string, timeoutMs = 30_000): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: BENCHMARK_BODY,
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, text: await response.text() };
}

/**
 * Polls until the gateway answers the benchmark query with HTTP 200 (whatever the body), or
 * throws after `timeoutMs`, with its last answer, or as soon as `gone()` says it has died.
 */
export async function waitUntilAnswering(url: string, options: { timeoutMs: number; gone: () => boolean }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last = 'no HTTP answer';
  while (Date.now() < deadline) {
    if (options.gone()) throw new Error('the process exited before answering');
    try {
      const { status, text } = await askBenchmarkQuery(url, 5_000);
      if (status === 200) return;
      last = `HTTP ${status}: ${text.slice(0, 300)}`;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`no HTTP 200 from ${url} within ${options.timeoutMs} ms; last answer: ${last}`);
}

/**
 * Why a parsed response is not the benchmark's answer, or undefined when it is: no `errors`,
 * `data` exactly the published expected data (key order aside). A top-level `extensions`
 * (our gateway reports `extensions.cost`) is allowed.
 */
export function responseProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body is not a JSON object';
  const { data, errors, extensions, ...others } = body as Record<string, unknown>;
  if (errors !== undefined) return `errors: ${JSON.stringify(errors).slice(0, 300)}`;
  if (Object.keys(others).length > 0) return `unexpected top-level keys: ${Object.keys(others).join(', ')}`;
  if (extensions !== undefined && (typeof extensions !== 'object' || extensions === null)) return 'extensions is not an object';
  const difference = firstDifference(data, (expectedResponse() as { data: unknown }).data, '$.data');
  return difference === undefined ? undefined : `data differs from expected-response.json at ${difference}`;
}

/**
 * Checks that the gateway answers the benchmark query with HTTP 200 and the expected response,
 * and returns the check every later response body must pass (see `bodyCheck`).
 */
export async function verifiedBodyCheck(url: string): Promise<(body: string) => boolean> {
  const { status, text } = await askBenchmarkQuery(url);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${status}, body is not JSON: ${text.slice(0, 300)}`);
  }
  const problem = status === 200 ? responseProblem(body) : `HTTP ${status}`;
  if (problem !== undefined) throw new Error(`wrong answer to the benchmark query: ${problem}: ${text.slice(0, 300)}`);
  return bodyCheck(text);
}

/**
 * A cheap check for bodies under load, from one verified answer: the same serialized `data`,
 * byte for byte, followed by nothing but `extensions` (whose figures, such as a rate-limit
 * bucket's remaining capacity, may change from one response to the next).
 */
export function bodyCheck(verified: string): (body: string) => boolean {
  const dataPrefix = JSON.stringify({ data: (JSON.parse(verified) as { data: unknown }).data }).slice(0, -1);
  // A gateway whose serializer differs from JSON.stringify (escaping, spacing) is held to
  // byte-identical bodies instead.
  if (!verified.startsWith(dataPrefix)) return (body) => body === verified;
  return (body) => {
    if (!body.startsWith(dataPrefix)) return false;
    const rest = body.slice(dataPrefix.length).trimEnd();
    return rest === '}' || (rest.startsWith(',"extensions":') && !rest.includes('"errors"'));
  };
}

/**
 * The first JSON path where `actual` and `expected` differ (key order aside), or undefined
 * when they are equal. Structural, so values parsed in different realms compare equal.
 */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (actual === expected) return undefined;
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return path;
  if (Array.isArray(actual) !== Array.isArray(expected)) return path;
  const actualKeys = Object.keys(actual);
  const expectedKeys = Object.keys(expected);
  if (actualKeys.length !== expectedKeys.length) return `${path} (${actualKeys.length} entries, expected ${expectedKeys.length})`;
  for (const key of expectedKeys) {
    if (!Object.hasOwn(actual, key)) return `${path}.${key} (missing)`;
    const child = firstDifference((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    if (child !== undefined) return child;
  }
  return undefined;
}
