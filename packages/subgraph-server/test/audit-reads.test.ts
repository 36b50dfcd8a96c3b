import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'graphql';
import { AUDIT_MIGRATIONS, queryAudit } from '@phoenix/audit';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { createTestDatabase, migrateSchema, type DatabaseHandle } from '@phoenix/db';
import type { ConsentSource } from '../src/shield/index.js';
import { startTestSubgraph, type TestSubgraph } from '../src/testing.js';
import type { SubgraphContext, SubgraphDefinition } from '../src/index.js';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@authenticated"])
  type Query {
    user(id: ID!): User
    me: User
    motto: String
  }
  type User @key(fields: "id") { id: ID! displayName: String! motto: String }
`);

const SHARING = 'u-sharing';
const PRIVATE = 'u-private';
const ADMIN = 'u-admin';

const partner: Principal = { kind: 'partner', partnerId: 'france-travail', keyId: 'key-ft-1', scopes: ['partner:sample.read'] };
const admin: Principal = { kind: 'user', userId: ADMIN, tier: 'FREE', roles: ['admin'], scopes: scopesForUser('FREE', ['admin']) };
const member: Principal = { kind: 'user', userId: SHARING, tier: 'FREE', roles: [], scopes: scopesForUser('FREE', []) };
const consents: ConsentSource = { hasPartnerConsent: async (partnerId, userId) => partnerId === 'france-travail' && userId === SHARING };

function definition(database: DatabaseHandle): SubgraphDefinition<SubgraphContext & { consents: ConsentSource }> {
  return {
    name: 'sample',
    typeDefs,
    resolvers: {
      Query: {
        user: (_root: unknown, { id }: { id: string }) => ({ id }),
        me: (_root: unknown, _args: unknown, { principal }: SubgraphContext) => (principal.kind === 'user' ? { id: principal.userId } : null),
        motto: () => 'Carpe diem',
      },
      User: { displayName: ({ id }: { id: string }) => `Name of ${id}`, motto: async () => 'Pas à pas' },
    },
    createContext: ({ principal }) => ({ principal, consents }),
    checkReady: async () => {},
    shield: true,
    audit: { database },
  };
}

let database: DatabaseHandle;
let withoutAuditSchema: DatabaseHandle;
let subgraph: TestSubgraph;
let failing: TestSubgraph;

beforeAll(async () => {
  database = await createTestDatabase();
  await migrateSchema(database, AUDIT_MIGRATIONS);
  subgraph = await startTestSubgraph(definition(database));
  // Its audit trail cannot be written: the audit schema was never migrated there.
  withoutAuditSchema = await createTestDatabase();
  failing = await startTestSubgraph(definition(withoutAuditSchema));
});

afterAll(async () => {
  await subgraph.stop();
  await failing.stop();
  await database.close();
  await withoutAuditSchema.close();
});

const entriesAbout = async (subjectUserId: string) => (await queryAudit(database.db, { subjectUserId })).entries;
const entitiesQuery = 'query ReadEntity($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { displayName motto } } }';

describe('the audit trail of reads in the subgraph kernel', () => {
  it('records a partner read of a user as one entry listing the fields read, before the response', async () => {
    const result = await subgraph.execute<{ user: { displayName: string } }>('query PartnerRead($id: ID!) { user(id: $id) { id displayName motto } }', { id: SHARING }, partner);
    expect(result.data?.user.displayName).toBe(`Name of ${SHARING}`);
    // Read as soon as the response arrived: the record was written before it was sent.
    const entries = await entriesAbout(SHARING);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorKind: 'partner',
      actorId: 'key-ft-1',
      partner: 'france-travail',
      subjectUserId: SHARING,
      action: 'read',
      resource: 'User',
      fields: ['User.displayName', 'User.id', 'User.motto'],
      outcome: 'allowed',
      operationName: 'PartnerRead',
      subgraph: 'sample',
    });
  });

  it('records the fields the shield refuses a partner as a refused read', async () => {
    const result = await subgraph.execute(entitiesQuery, { id: PRIVATE }, partner);
    expect(result.errors?.map((error) => error.extensions.code)).toContain('FORBIDDEN');
    const entries = await entriesAbout(PRIVATE);
    expect(entries.map((entry) => [entry.outcome, entry.fields])).toEqual([['refused', ['User.displayName', 'User.motto']]]);
    expect(entries[0]?.actorId).toBe('key-ft-1');
  });

  it('records a root field the shield refuses for a user it names by id', async () => {
    const before = (await entriesAbout(PRIVATE)).length;
    const result = await subgraph.execute('{ user(id: "u-private") { displayName } }', {}, partner);
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const entries = await entriesAbout(PRIVATE);
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({ outcome: 'refused', fields: ['Query.user'] });
  });

  it('records an admin reading someone else, but not an admin reading themself', async () => {
    await subgraph.execute('{ user(id: "u-read-by-admin") { displayName } }', {}, admin);
    expect((await entriesAbout('u-read-by-admin')).map((entry) => [entry.actorKind, entry.actorId, entry.partner, entry.fields])).toEqual([
      ['admin', ADMIN, null, ['User.displayName']],
    ]);
    await subgraph.execute('{ me { displayName } }', {}, admin);
    expect(await entriesAbout(ADMIN)).toEqual([]);
  });

  it('does not record users reading their own data, nor fields outside User', async () => {
    const before = (await queryAudit(database.db, { first: 200 })).entries.length;
    const own = await subgraph.execute<{ me: { displayName: string } }>('{ me { displayName motto } }', {}, member);
    expect(own.data?.me.displayName).toBe(`Name of ${SHARING}`);
    await subgraph.execute('{ motto }', {}, partner);
    expect((await queryAudit(database.db, { first: 200 })).entries).toHaveLength(before);
  });

  it('withholds the data with AUDIT_UNAVAILABLE when the read cannot be recorded', async () => {
    const result = await failing.execute('{ user(id: "u-sharing") { displayName } }', {}, partner);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['AUDIT_UNAVAILABLE']);
    expect(JSON.stringify(result)).not.toContain('Name of');
    // Reads that need no record are answered as usual.
    const own = await failing.execute<{ me: { displayName: string } }>('{ me { displayName } }', {}, member);
    expect(own.data?.me.displayName).toBe(`Name of ${SHARING}`);
  });
});
