import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generatePemKeyPair } from '@phoenix/keys';
import { createLogger } from '@phoenix/logger';
import { createGateway, loadGatewayConfig, type PhoenixGateway } from '../../gateway/src/server.js';
import { oursEnv } from '../gateways/ours-env.js';
import { bodyCheck, responseProblem } from '../load/verify.js';
import { BENCHMARK_BODY, scenarioSupergraph } from '../scenario/files.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../scenario/resolvers.js';
import { startScenarioSubgraph, type ScenarioSubgraph } from '../scenario/subgraph-server.js';

// The benchmark measures nothing unless the scenario is right: the four subgraphs behind our
// gateway, configured exactly as `npm run bench` configures it, must give the published answer.

let directory: string;
let subgraphs: ScenarioSubgraph[] = [];
let gateway: PhoenixGateway | undefined;
let url: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'phoenix-bench-test-'));
  subgraphs = await Promise.all(SUBGRAPH_NAMES.map((name) => startScenarioSubgraph(name)));
  const urls = Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.url])) as Record<SubgraphName, string>;
  const supergraphPath = join(directory, 'supergraph.graphql');
  await writeFile(supergraphPath, scenarioSupergraph(urls));
  const env = oursEnv({ port: 0, supergraphPath, contextKeys: await generatePemKeyPair(), dataDir: join(directory, 'data') }, {});
  gateway = await createGateway({ config: loadGatewayConfig({ ...env, LOG_LEVEL: 'silent' }), logger: createLogger('gateway', 'silent') });
  ({ url } = await gateway.start());
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all(subgraphs.map((subgraph) => subgraph.close()));
  await rm(directory, { recursive: true, force: true });
});

async function ask(): Promise<{ status: number; body: unknown; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BENCHMARK_BODY });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

describe('the gateway benchmark scenario', () => {
  it('answers TestQuery through our gateway with exactly the published expected data and no errors', async () => {
    const { status, body } = await ask();

    expect(status).toBe(200);
    expect(responseProblem(body)).toBeUndefined();
  });

  it('gives the same answer again once the subgraphs replay memoized responses', async () => {
    const before = subgraphs.reduce((sum, subgraph) => sum + subgraph.requests(), 0);

    const { status, body } = await ask();

    expect(status).toBe(200);
    expect(responseProblem(body)).toBeUndefined();
    expect(subgraphs.reduce((sum, subgraph) => sum + subgraph.requests(), 0)).toBeGreaterThan(before);
  });

  it('accepts under load only bodies with the verified data and no errors', async () => {
    const { text } = await ask();
    const check = bodyCheck(text);
    const { data } = JSON.parse(text) as { data: unknown };

    expect(check(text)).toBe(true);
    expect(check(JSON.stringify({ data, extensions: { cost: { estimated: 1 } } }))).toBe(true);
    expect(check(JSON.stringify({ data, extensions: {}, errors: [{ message: 'late' }] }))).toBe(false);
    expect(check(JSON.stringify({ errors: [{ message: 'down' }], data }))).toBe(false);
    expect(check(text.replace('"Table"', '"Tabel"'))).toBe(false);
  });
});
