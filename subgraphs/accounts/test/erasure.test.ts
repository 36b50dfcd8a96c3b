import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { and, eq, sql } from 'drizzle-orm';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { queryRows } from '@phoenix/db';
import { ERASURE_PARTICIPANTS, EVENTS_CHANNEL, eventLog, publish, recordErasureReport, replayConsumer, type EventPayloads, type EventType } from '@phoenix/events';
import { funnelPeople, userActivityDays } from '../src/db/analytics-schema.js';
import { apiKeys } from '../src/db/api-keys-schema.js';
import { erasures } from '../src/db/erasure-schema.js';
import { users } from '../src/db/schema.js';
import { createErasureFinisher } from '../src/erasure/finisher.js';
import { REFRESH, SIGN_IN, SIGN_UP, principalFromAccessToken, signUp, startAccounts, type AccountsHarness, type AuthPayloadData } from './harness.js';
import { ERASURE_FIELDS, caughtUp, eventually, rowsMentioning, tableCount, type ErasureView } from './erasure-support.js';

let harness: AccountsHarness;

const ADMIN: Principal = { kind: 'user', userId: '00000000-0000-4000-8000-0000000000e1', tier: 'FREE', roles: ['admin'], scopes: scopesForUser('FREE', ['admin']) };
const PARTNER: Principal = { kind: 'partner', partnerId: 'france-travail', keyId: 'k', scopes: ['partner:accounts.read'] };

const DELETE = 'mutation ($email: String!) { deleteMyAccount(confirmEmail: $email) }';
const ERASE = `mutation ($id: ID!) { eraseUser(id: $id) { ${ERASURE_FIELDS} } }`;
const ERASURE = `query ($id: ID!) { erasure(id: $id) { ${ERASURE_FIELDS} } }`;
const ERASURES = `query ($first: Int) { erasures(first: $first) { ${ERASURE_FIELDS} } }`;
const FUNNEL = 'query ($from: DateTime!, $to: DateTime!) { funnel(from: $from, to: $to) { steps { name count } } }';
const COHORTS = 'query ($from: DateTime!, $to: DateTime!) { cohorts(from: $from, to: $to) { period size retention { day eligible retained } } }';

beforeAll(async () => {
  harness = await startAccounts();
});

afterAll(async () => {
  await harness.close();
});

async function emit<T extends EventType>(type: T, payload: EventPayloads[T]) {
  return harness.database.db.transaction((tx) => publish(tx, { type, payload }));
}

async function signUpWithAnalytics(input: { email: string; displayName: string; visitorId: string }): Promise<AuthPayloadData> {
  const result = await harness.execute<{ signUp: AuthPayloadData }>(SIGN_UP, {
    input: { email: input.email, password: 'correct horse battery', displayName: input.displayName, attribution: { visitorId: input.visitorId }, consents: ['analytics'] },
  });
  if (!result.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  return result.data.signUp;
}

/** Funnel and cohorts over the last month, once the projection has handled the whole log. */
async function aggregates() {
  await caughtUp(harness.database.db, 'accounts.analytics');
  const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const funnel = await harness.execute<{ funnel: { steps: { name: string; count: number }[] } }>(FUNNEL, { from, to }, ADMIN);
  const cohorts = await harness.execute<{ cohorts: unknown[] }>(COHORTS, { from, to }, ADMIN);
  if (!funnel.data || !cohorts.data) throw new Error(JSON.stringify([funnel.errors, cohorts.errors]));
  return { funnel: funnel.data.funnel.steps, cohorts: cohorts.data.cohorts };
}

async function erasureOf(id: string): Promise<ErasureView | null> {
  const result = await harness.execute<{ erasure: ErasureView | null }>(ERASURE, { id }, ADMIN);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.erasure;
}

describe('deleteMyAccount', () => {
  const person = { email: 'Ines.Effacee@Exemple.fr', displayName: 'Inès Effacée-Durand', visitorId: `visitor-${randomUUID()}` };
  let auth: AuthPayloadData;
  let userId: string;
  let erasureId: string;

  it('refuses a confirmation that is not the account’s email, and changes nothing', async () => {
    auth = await signUpWithAnalytics(person);
    userId = auth.user.id;
    const caller = principalFromAccessToken(auth.accessToken);

    const refused = await harness.execute(DELETE, { email: 'ines.autre@exemple.fr' }, caller);

    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirmEmail' });
    expect(refused.data).toBeNull();
    expect(await harness.database.db.select({ id: users.id }).from(users).where(eq(users.id, userId))).toHaveLength(1);
    expect(await harness.database.db.select().from(erasures)).toEqual([]);
    expect(await harness.database.db.select().from(eventLog).where(eq(eventLog.type, 'user.deleted'))).toEqual([]);
    const refreshed = await harness.execute<{ refreshSession: AuthPayloadData }>(REFRESH, { token: auth.refreshToken });
    expect(refreshed.data?.refreshSession.user.id).toBe(userId);
    auth = refreshed.data!.refreshSession;
  });

  it('erases every accounts row about the user, ends every session, and leaves the funnel and cohorts as they were', async () => {
    // A second session, and a funnel step from another subgraph.
    const second = await harness.execute<{ signIn: AuthPayloadData }>(SIGN_IN, { input: { email: person.email, password: 'correct horse battery' } });
    expect(second.data?.signIn.user.id).toBe(userId);
    await emit('letters.letter_generated', { userId, letterId: randomUUID(), tone: 'sobre', careerChange: false, wordCount: 250 });
    const before = await aggregates();
    expect(before.funnel.find((step) => step.name === 'letter')?.count).toBeGreaterThanOrEqual(1);
    expect(await rowsMentioning(harness.database.db, 'accounts', [userId])).not.toEqual([]);

    const deleted = await harness.execute<{ deleteMyAccount: boolean }>(DELETE, { email: `  ${person.email.toUpperCase()} ` }, principalFromAccessToken(auth.accessToken));
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteMyAccount).toBe(true);

    // A late event about the user (a request still in flight elsewhere) must not bring the id back.
    await emit('letters.letter_generated', { userId, letterId: randomUUID(), tone: 'sobre', careerChange: false, wordCount: 120 });
    const after = await aggregates();
    expect(after).toEqual(before);

    expect(await tableCount(harness.database.db, 'accounts')).toBeGreaterThanOrEqual(9);
    expect(await rowsMentioning(harness.database.db, 'accounts', [userId, person.email, person.displayName, person.visitorId])).toEqual([]);

    const signIn = await harness.execute(SIGN_IN, { input: { email: person.email, password: 'correct horse battery' } });
    expect(signIn.errors?.[0]?.extensions.code).toBe('INVALID_CREDENTIALS');
    for (const token of [auth.refreshToken, second.data!.signIn.refreshToken]) {
      const refresh = await harness.execute(REFRESH, { token });
      expect(refresh.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('publishes user.deleted under the erasure’s id, and reports what accounts erased', async () => {
    const [erasure] = await harness.database.db.select().from(erasures);
    erasureId = erasure!.id;
    expect(erasure).toMatchObject({ requestedBy: 'user', finishedAt: null });
    const [event] = await harness.database.db.select().from(eventLog).where(and(eq(eventLog.type, 'user.deleted'), eq(eventLog.eventId, erasureId)));
    expect(event?.payload).toEqual({ userId, requestedBy: 'user' });

    const view = await erasureOf(erasureId);
    expect(view).toMatchObject({ id: erasureId, requestedBy: 'user', status: 'PENDING', finishedAt: null });
    expect(view!.steps.map((step) => step.subgraph)).toEqual([...ERASURE_PARTICIPANTS]);
    const [accounts, ...others] = view!.steps;
    expect(accounts?.status).toBe('DONE');
    expect(accounts?.completedAt).toEqual(expect.any(String));
    const rows = Object.fromEntries(accounts!.rows.map((row) => [row.table, row.rows]));
    expect(rows).toMatchObject({
      'accounts.users': 1,
      'accounts.sessions': 2,
      'accounts.funnel_people': 1,
      'accounts.consents': 1,
      'accounts.api_keys': 0,
    });
    expect(rows['accounts.refresh_tokens']).toBeGreaterThanOrEqual(2);
    expect(rows['accounts.user_activity_days']).toBeGreaterThanOrEqual(1);
    expect(others.map((step) => [step.subgraph, step.status, step.completedAt, step.rows])).toEqual(
      ERASURE_PARTICIPANTS.filter((subgraph) => subgraph !== 'accounts').map((subgraph) => [subgraph, 'PENDING', null, []]),
    );
  });

  it('is DONE once every other subgraph has reported and the event log is pseudonymised', async () => {
    const reporting = ERASURE_PARTICIPANTS.filter((subgraph) => subgraph !== 'accounts');
    for (const [index, subgraph] of reporting.entries()) {
      await harness.database.db.transaction((tx) => recordErasureReport(tx, erasureId, subgraph, { [`${subgraph}.things`]: index + 1 }));
    }
    // The subgraph's own finisher may be at it already (then this one skips the locked row);
    // either way the erasure ends DONE.
    await createErasureFinisher({ database: harness.database }).runOnce();

    const view = await eventually(async () => {
      const current = await erasureOf(erasureId);
      return current?.status === 'DONE' ? current : undefined;
    });
    expect(view?.finishedAt).toEqual(expect.any(String));
    expect(view?.steps.every((step) => step.status === 'DONE')).toBe(true);
    expect(view?.steps.find((step) => step.subgraph === 'letters')?.rows).toEqual([{ table: 'letters.things', rows: 2 }]);
    const [mentions] = await queryRows<{ n: number }>(
      harness.database.db,
      sql`select count(*)::int as n from events.log where strpos(lower(stream_id || payload::text), ${userId}) > 0`,
    );
    expect(mentions?.n).toBe(0);
    // The audit trail recorded the erasure, and now names the person by the pseudonym only.
    expect(await rowsMentioning(harness.database.db, 'audit', [userId])).toEqual([]);
    const [erased] = await queryRows<{ actor_id: string; subject_user_id: string }>(
      harness.database.db,
      sql`select actor_id, subject_user_id from audit.entries where action = 'erase' and subject_user_id = (select pseudonym::text from accounts.erasures where id = ${erasureId})`,
    );
    expect(erased?.actor_id).toBe(erased?.subject_user_id);

    const listed = await harness.execute<{ erasures: ErasureView[] }>(ERASURES, { first: 5 }, ADMIN);
    expect(listed.data?.erasures[0]).toEqual(view);
  });

  it('keeps the erased person in the funnel and cohorts when they are rebuilt from the pseudonymised log', async () => {
    const before = await aggregates();
    const [erasure] = await harness.database.db.select().from(erasures).where(eq(erasures.id, erasureId));
    expect(erasure?.analyticsConsented).toBe(true);

    await harness.database.db.transaction(async (tx) => {
      await tx.delete(funnelPeople);
      await tx.delete(userActivityDays);
    });
    await replayConsumer(harness.database.db, 'accounts.analytics', { position: 1 });
    await harness.database.notify(EVENTS_CHANNEL, 'replay');

    expect(await aggregates()).toEqual(before);
    expect(await rowsMentioning(harness.database.db, 'accounts', [userId, person.email, person.displayName])).toEqual([]);
  });

  it('answers NOT_FOUND when the account is already gone', async () => {
    const again = await harness.execute(DELETE, { email: person.email }, principalFromAccessToken(auth.accessToken));
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await harness.database.db.select().from(erasures)).toHaveLength(1);
  });
});

describe('eraseUser', () => {
  it('lets an administrator erase an account, keeping what that user did as an admin without their id', async () => {
    const signedUp = await signUp(harness, { email: 'ancienne.admin@exemple.fr', displayName: 'Odile Ancienne-Admin' });
    const id = signedUp.user.id;
    await harness.database.db.update(users).set({ roles: ['admin'] }).where(eq(users.id, id));
    const former: Principal = { kind: 'user', userId: id, tier: 'FREE', roles: ['admin'], scopes: scopesForUser('FREE', ['admin']) };
    const created = await harness.execute<{ createApiKey: { apiKey: { id: string } } }>(
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }',
      { input: { partner: 'france-travail', name: 'Import', scopes: ['partner:accounts.read'] } },
      former,
    );
    const keyId = created.data!.createApiKey.apiKey.id;
    await harness.execute('mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id: keyId }, former);

    const result = await harness.execute<{ eraseUser: ErasureView }>(ERASE, { id }, ADMIN);

    expect(result.errors).toBeUndefined();
    const erasure = result.data!.eraseUser;
    expect(erasure).toMatchObject({ requestedBy: 'admin', status: 'PENDING', finishedAt: null });
    expect(erasure.steps[0]).toMatchObject({ subgraph: 'accounts', status: 'DONE' });
    expect(erasure.steps[0]?.rows).toContainEqual({ table: 'accounts.api_keys', rows: 1 });
    const [event] = await harness.database.db.select().from(eventLog).where(eq(eventLog.eventId, erasure.id));
    expect(event).toMatchObject({ type: 'user.deleted', payload: { userId: id, requestedBy: 'admin' } });
    const [key] = await harness.database.db.select().from(apiKeys).where(eq(apiKeys.id, keyId));
    expect(key?.createdBy).toBe(key?.revokedBy);
    expect(key?.createdBy).not.toBe(id);
    expect(await rowsMentioning(harness.database.db, 'accounts', [id, 'ancienne.admin@exemple.fr', 'Odile Ancienne-Admin'])).toEqual([]);
  });

  it('answers NOT_FOUND for an id that is no user', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const result = await harness.execute(ERASE, { id }, ADMIN);
      expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
  });
});

describe('who may erase and read erasures', () => {
  it('refuses eraseUser, erasures and erasure to anyone but an administrator', async () => {
    const member = await signUp(harness, { email: 'simple.membre@exemple.fr', displayName: 'Simple Membre' });
    const caller = principalFromAccessToken(member.accessToken);
    const target = await signUp(harness, { email: 'cible@exemple.fr', displayName: 'Cible' });
    for (const principal of [caller, PARTNER]) {
      const erase = await harness.execute(ERASE, { id: target.user.id }, principal);
      expect(erase.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const list = await harness.execute(ERASURES, {}, principal);
      expect(list.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const one = await harness.execute(ERASURE, { id: randomUUID() }, principal);
      expect(one.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const anonymous = await harness.execute(DELETE, { email: 'cible@exemple.fr' }, { kind: 'anonymous' });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await harness.database.db.select({ id: users.id }).from(users).where(eq(users.id, target.user.id))).toHaveLength(1);
  });

  it('bounds the list and answers null for an unknown erasure', async () => {
    const tooMany = await harness.execute(ERASURES, { first: 101 }, ADMIN);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await erasureOf(randomUUID())).toBeNull();
    expect(await erasureOf('nope')).toBeNull();
  });
});
