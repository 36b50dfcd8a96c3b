import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startHarness, type GraphQLResponseBody, type Harness } from '../support/harness.js';

let harness: Harness;
let batching: Harness;

beforeAll(async () => {
  [harness, batching] = await Promise.all([
    startHarness({
      env: {
        GATEWAY_MAX_DEPTH: '2',
        GATEWAY_MAX_ALIASES: '2',
        GATEWAY_MAX_ROOT_FIELDS: '3',
        GATEWAY_MAX_DIRECTIVES: '2',
        GATEWAY_MAX_TOKENS: '80',
        GATEWAY_MAX_FIELDS: '12',
      },
    }),
    startHarness({ env: { GATEWAY_MAX_BATCH: '2' } }),
  ]);
});

afterAll(async () => {
  await Promise.all([harness.stop(), batching.stop()]);
});

beforeEach(() => {
  harness.clearReceived();
  batching.clearReceived();
});

async function refusedLimit(source: string) {
  const { status, body } = await harness.query(source);
  expect(harness.receivedCount()).toBe(0);
  return { status, extensions: body.errors?.[0]?.extensions };
}

describe('operation limits', () => {
  it('refuse an operation deeper than GATEWAY_MAX_DEPTH', async () => {
    expect((await harness.query('{ user(id: "u") { handle } }')).status).toBe(200);
    harness.clearReceived();
    expect(await refusedLimit('{ user(id: "u") { plan { name } } }')).toEqual({ status: 400, extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'depth', max: 2 } } });
  });

  it('count depth through fragments', async () => {
    const source = '{ user(id: "u") { ...Plan } } fragment Plan on User { plan { name } }';
    expect((await refusedLimit(source)).extensions).toMatchObject({ limit: { name: 'depth' } });
  });

  it('refuse more aliases than GATEWAY_MAX_ALIASES', async () => {
    expect(await refusedLimit('{ a: status b: status c: status }')).toEqual({ status: 400, extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'aliases', max: 2 } } });
  });

  it('refuse more root fields than GATEWAY_MAX_ROOT_FIELDS, fragments included', async () => {
    const source = '{ status forecast ...More } fragment More on Query { plans { name } slowPlans { name } }';
    expect(await refusedLimit(source)).toEqual({ status: 400, extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'rootFields', max: 3 } } });
  });

  it('refuse more directives than GATEWAY_MAX_DIRECTIVES', async () => {
    const source = '{ status @include(if: true) plans @skip(if: false) { name @include(if: true) } }';
    expect(await refusedLimit(source)).toEqual({ status: 400, extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'directives', max: 2 } } });
  });

  it('refuse a document of more than GATEWAY_MAX_TOKENS tokens, comments aside, before parsing it whole', async () => {
    expect((await harness.query(`{ status } # ${'a long comment '.repeat(40)}`)).status).toBe(200);
    harness.clearReceived();
    const refused = await harness.query(`{ ${Array.from({ length: 90 }, () => 'status').join(' ')} }`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'tokens', max: 80 } });
    expect(harness.receivedCount()).toBe(0);
  });

  it('refuse an operation whose fragments expand beyond GATEWAY_MAX_FIELDS fields', async () => {
    const bomb = `{ user(id: "u") { ...A } }
      fragment A on User { ...B ...B ...B }
      fragment B on User { ...C ...C ...C }
      fragment C on User { id handle }`;
    expect(await refusedLimit(bomb)).toEqual({ status: 400, extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'fields', max: 12 } } });
  });

  it('answer a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    expect(await refusedLimit('{ status')).toEqual({ status: 400, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it('hide field suggestions while introspection is off', async () => {
    const { status, body } = await harness.query('{ statu }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toContain('Cannot query field "statu"');
    expect(body.errors?.[0]?.message).not.toContain('status');
  });
});

describe('batching', () => {
  it('is refused by default with 400 OPERATION_LIMIT_EXCEEDED, calling no subgraph', async () => {
    const { status, body } = await harness.post<GraphQLResponseBody>([{ query: '{ status }' }, { query: '{ status }' }]);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'batchSize', max: 0 } });
    expect(harness.receivedCount()).toBe(0);
  });

  it('serves batches up to GATEWAY_MAX_BATCH operations and refuses larger ones', async () => {
    const accepted = await batching.post<GraphQLResponseBody[]>([{ query: '{ status }' }, { query: '{ plans { name } }' }]);
    expect(accepted.status).toBe(200);
    expect(accepted.body.map((result) => result.data)).toEqual([{ status: 'ok' }, { plans: [{ name: 'Découverte' }, { name: 'Premium' }] }]);
    batching.clearReceived();
    const refused = await batching.post<GraphQLResponseBody>([{ query: '{ status }' }, { query: '{ status }' }, { query: '{ status }' }]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'batchSize', max: 2 } });
    expect(batching.receivedCount()).toBe(0);
  });
});
