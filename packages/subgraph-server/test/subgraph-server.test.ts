import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLError, parse } from 'graphql';
import { generatePemKeyPair, importPrivateKey, importPublicKey } from '@phoenix/keys';
import { ContextTokenSigner, ContextTokenVerifier, CONTEXT_TOKEN_HEADER, type Principal } from '@phoenix/context-token';
import { createLogger } from '@phoenix/logger';
import { startSubgraphServer, type RunningSubgraph, type SubgraphContext } from '../src/index.js';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query { whoami: String!  broken: String  refused: String }
`);

let running: RunningSubgraph;
let signer: ContextTokenSigner;
let ready = true;

beforeAll(async () => {
  const pair = await generatePemKeyPair();
  signer = new ContextTokenSigner({ privateKey: await importPrivateKey(pair.privateKeyPem) });
  running = await startSubgraphServer<SubgraphContext>(
    {
      name: 'sample',
      typeDefs,
      resolvers: {
        Query: {
          whoami: (_root: unknown, _args: unknown, context: SubgraphContext) => context.principal.kind,
          broken: () => {
            throw new Error('database password is hunter2');
          },
          refused: () => {
            throw new GraphQLError('Nope.', { extensions: { code: 'FORBIDDEN' } });
          },
        },
      },
      createContext: ({ principal }) => ({ principal }),
      checkReady: async () => {
        if (!ready) throw new Error('db down');
      },
    },
    {
      port: 0,
      verifier: new ContextTokenVerifier(await importPublicKey(pair.publicKeyPem), 'sample'),
      logger: createLogger('sample', 'silent'),
      allowServiceSdlWithoutToken: false,
    },
  );
});

afterAll(async () => {
  await running.stop();
});

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions: { code: string } }[] } };
}

async function tokenFor(principal: Principal, audience = 'sample') {
  return { [CONTEXT_TOKEN_HEADER]: await signer.sign(principal, audience) };
}

describe('subgraph server', () => {
  it('answers a request carrying a valid context token with the principal it names', async () => {
    const { status, body } = await post(JSON.stringify({ query: '{ whoami }' }), await tokenFor({ kind: 'partner', partnerId: 'p', keyId: 'k', scopes: [] }));
    expect(status).toBe(200);
    expect(body.data).toEqual({ whoami: 'partner' });
  });

  it('refuses requests without a token, with a token for another subgraph, and _service outside development', async () => {
    for (const headers of [{}, await tokenFor({ kind: 'anonymous' }, 'other'), { [CONTEXT_TOKEN_HEADER]: 'forged.token.value' }]) {
      const { status, body } = await post(JSON.stringify({ query: '{ whoami }' }), headers);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    const sdl = await post(JSON.stringify({ query: '{ _service { sdl } }' }));
    expect(sdl.status).toBe(401);
  });

  it('masks unexpected errors and keeps catalogued ones', async () => {
    const { body } = await post(JSON.stringify({ query: '{ broken refused }' }), await tokenFor({ kind: 'anonymous' }));
    const byPath = Object.fromEntries((body.errors ?? []).map((e) => [(e as unknown as { path: string[] }).path[0], e]));
    expect(byPath.broken?.message).toBe('Internal server error');
    expect(byPath.broken?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(byPath.refused?.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('answers malformed JSON with 400 and a BAD_REQUEST code', async () => {
    const { status, body } = await post('{"query": ', await tokenFor({ kind: 'anonymous' }));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('reports liveness, and readiness from its dependency check', async () => {
    const base = running.url.replace('/graphql', '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    ready = false;
    expect((await fetch(`${base}/health/ready`)).status).toBe(503);
    ready = true;
  });
});
