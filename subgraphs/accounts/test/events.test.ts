import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { and, asc, desc, eq } from 'drizzle-orm';
import { decodeJwt } from 'jose';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { consumerOffsets, eventLog, publish, type EventPayloads, type EventType } from '@phoenix/events';
import { funnelPeople, userActivityDays } from '../src/db/analytics-schema.js';
import { consents, users } from '../src/db/schema.js';
import { REFRESH, SIGN_IN, SIGN_UP, principalFromAccessToken, signUp, startAccounts, type AccountsHarness, type AuthPayloadData } from './harness.js';
import { eventually } from './eventually.js';

let harness: AccountsHarness;

beforeAll(async () => {
  harness = await startAccounts();
});

afterAll(async () => {
  await harness.close();
});

async function eventsOf(type: EventType, streamId?: string) {
  const where = streamId ? and(eq(eventLog.type, type), eq(eventLog.streamId, streamId)) : eq(eventLog.type, type);
  return harness.database.db.select().from(eventLog).where(where).orderBy(asc(eventLog.position));
}

async function emit<T extends EventType>(type: T, payload: EventPayloads[T], occurredAt?: Date): Promise<void> {
  await harness.database.db.transaction((tx) => publish(tx, { type, payload, ...(occurredAt ? { occurredAt } : {}) }));
}


const admin: Principal = { kind: 'user', userId: '00000000-0000-4000-8000-0000000000ad', tier: 'FREE', roles: ['admin'], scopes: scopesForUser('FREE', ['admin']) };

/** Waits (bounded) until the analytics consumer has applied every event published so far. */
async function analyticsCaughtUp(): Promise<void> {
  const [last] = await harness.database.db.select({ position: eventLog.position }).from(eventLog).orderBy(desc(eventLog.position)).limit(1);
  await eventually(async () => {
    const [offset] = await harness.database.db.select().from(consumerOffsets).where(eq(consumerOffsets.consumer, 'accounts.analytics'));
    return offset && offset.position >= (last?.position ?? 0) ? true : undefined;
  });
}

/**
 * A user who granted analytics when signing up, created without the sign-up's own events so
 * that the test dates every event of the funnel itself.
 */
async function userGrantingAnalytics(id: string): Promise<void> {
  await harness.database.db.insert(users).values({ id, email: `${id}@exemple.fr`, passwordHash: 'not-a-real-hash', displayName: 'Cohorte' });
  await harness.database.db.insert(consents).values({ userId: id, purpose: 'analytics', granted: true });
}

describe('events published by accounts', () => {
  it('announces a sign-up with its attribution, and a refused sign-up announces nothing', async () => {
    const input = { email: 'ines.moreau@exemple.fr', password: 'changer de voie', displayName: 'Inès', attribution: { visitorId: 'visitor-ines-1', utmSource: 'newsletter' } };
    const first = await harness.execute<{ signUp: AuthPayloadData }>(SIGN_UP, { input });
    const userId = first.data?.signUp.user.id as string;
    const again = await harness.execute(SIGN_UP, { input });
    expect(again.errors?.[0]?.extensions.code).toBe('EMAIL_TAKEN');
    const registered = await eventsOf('user.registered', userId);
    expect(registered.map((e) => e.payload)).toEqual([{ userId, visitorId: 'visitor-ines-1', utm: { source: 'newsletter' } }]);
    expect(await eventsOf('user.registered')).toHaveLength(1);
  });

  it('announces each sign-in with its session, and each consent decision', async () => {
    const user = await signUp(harness, { email: 'paul.girard@exemple.fr', password: 'nouvelle carriere' });
    const signedIn = await harness.execute<{ signIn: AuthPayloadData }>(SIGN_IN, { input: { email: 'paul.girard@exemple.fr', password: 'nouvelle carriere' } });
    const sessionId = decodeJwt(signedIn.data?.signIn.accessToken as string).sid;
    expect((await eventsOf('user.signed_in', user.user.id)).map((e) => e.payload)).toEqual([{ userId: user.user.id, sessionId }]);
    await harness.execute('mutation { setConsent(purpose: "analytics", granted: true) { id } }', {}, principalFromAccessToken(user.accessToken));
    expect((await eventsOf('user.consent_changed', user.user.id)).map((e) => e.payload)).toEqual([
      { userId: user.user.id, purpose: 'analytics', granted: true, textVersion: '2026-01', changedBy: user.user.id },
    ]);
  });
});

describe('tier from billing', () => {
  it('raises the tier on activation once, carries it in the next token, and drops it on cancellation', async () => {
    const user = await signUp(harness, { email: 'karim.haddad@exemple.fr' });
    const userId = user.user.id;
    const activation = { userId, plan: 'PREMIUM' as const, stripeSubscriptionId: 'sub_karim1', currentPeriodEnd: '2026-12-24T00:00:00.000Z' };
    await emit('billing.subscription_activated', activation);
    await emit('billing.subscription_activated', activation);
    await eventually(async () => ((await eventsOf('user.tier_changed', userId)).length > 0 ? true : undefined));
    const [row] = await harness.database.db.select({ tier: users.tier }).from(users).where(eq(users.id, userId));
    expect(row?.tier).toBe('PREMIUM');

    const refreshed = await harness.execute<{ refreshSession: AuthPayloadData }>(REFRESH, { token: user.refreshToken });
    expect(decodeJwt(refreshed.data?.refreshSession.accessToken as string).tier).toBe('PREMIUM');

    await emit('billing.subscription_canceled', { userId, stripeSubscriptionId: 'sub_karim1', effectiveAt: '2026-12-24T00:00:00.000Z' });
    const changes = await eventually(async () => {
      const all = await eventsOf('user.tier_changed', userId);
      return all.length === 2 ? all : undefined;
    });
    expect(changes.map((e) => e.payload)).toEqual([
      { userId, previousTier: 'FREE', tier: 'PREMIUM', reason: 'subscription_activated' },
      { userId, previousTier: 'PREMIUM', tier: 'FREE', reason: 'subscription_canceled' },
    ]);
  });
});

describe('funnel and cohorts', () => {
  const from = '2026-01-01T00:00:00.000Z';
  const to = '2026-02-01T00:00:00.000Z';
  const FUNNEL = `query ($from: DateTime!, $to: DateTime!) { funnel(from: $from, to: $to) { steps { name count conversionFromPrevious } } }`;

  it('follows a visitor from exploration to subscription, and counts a visitor who only explored', async () => {
    const at = (day: number) => new Date(Date.UTC(2026, 0, day, 10));
    const explorationId = '11111111-1111-4111-8111-111111111111';
    await emit('aube.exploration_started', { explorationId, visitorId: 'visitor-lea-42', romeCode: 'M1805', utm: { source: 'partenaire' } }, at(3));
    await emit('aube.resilience_scored', { explorationId, visitorId: 'visitor-lea-42', score: 64, evolutionType: 'enhanced', threatLevel: 'faible', confidence: 'eleve', modelVersion: 'aube-1' } as EventPayloads['aube.resilience_scored'], at(3));
    const lea = await harness.execute<{ signUp: AuthPayloadData }>(SIGN_UP, {
      input: { email: 'lea.fontaine@exemple.fr', password: 'changer de voie', displayName: 'Léa', attribution: { visitorId: 'visitor-lea-42' }, consents: ['analytics'] },
    });
    const userId = lea.data?.signUp.user.id as string;
    await emit('billing.checkout_started', { userId, plan: 'PREMIUM', checkoutSessionId: 'cs_test_lea' } as EventPayloads['billing.checkout_started'], at(9));
    await emit('aube.exploration_started', { explorationId: '22222222-2222-4222-8222-222222222222', visitorId: 'visitor-only-77' }, at(5));

    const steps = await eventually(async () => {
      const result = await harness.execute<{ funnel: { steps: { name: string; count: number; conversionFromPrevious: number | null }[] } }>(FUNNEL, { from, to }, admin);
      const byName = Object.fromEntries((result.data?.funnel.steps ?? []).map((s) => [s.name, s]));
      return byName.checkout?.count === 1 && byName.visit?.count === 2 ? byName : undefined;
    });
    expect(Object.fromEntries(Object.entries(steps).map(([name, s]) => [name, s.count]))).toEqual({
      visit: 2,
      aube_score: 1,
      sign_up: 1,
      letter: 0,
      checkout: 1,
      subscription: 0,
    });
    expect(steps.aube_score?.conversionFromPrevious).toBe(0.5);
    expect(steps.visit?.conversionFromPrevious).toBeNull();
  });

  it('is for administrators only', async () => {
    const user = await signUp(harness, { email: 'curieux@exemple.fr' });
    const result = await harness.execute(FUNNEL, { from, to }, principalFromAccessToken(user.accessToken));
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const backwards = await harness.execute(FUNNEL, { from: to, to: from }, admin);
    expect(backwards.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('reports monthly cohorts with retention from activity after sign-up', async () => {
    const a = 'aaaaaaaa-0000-4000-8000-000000000001';
    const b = 'bbbbbbbb-0000-4000-8000-000000000002';
    await userGrantingAnalytics(a);
    await userGrantingAnalytics(b);
    await emit('user.registered', { userId: a }, new Date('2025-03-02T09:00:00Z'));
    await emit('user.registered', { userId: b }, new Date('2025-03-20T09:00:00Z'));
    await emit('user.signed_in', { userId: a, sessionId: '33333333-3333-4333-8333-333333333333' }, new Date('2025-04-15T09:00:00Z'));
    const COHORTS = `query ($from: DateTime!, $to: DateTime!) { cohorts(from: $from, to: $to) { period size retention { day eligible retained rate } } }`;
    const cohort = await eventually(async () => {
      const result = await harness.execute<{ cohorts: { period: string; size: number; retention: { day: number; retained: number; eligible: number; rate: number | null }[] }[] }>(
        COHORTS,
        { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' },
        admin,
      );
      const march = result.data?.cohorts[0];
      return march?.size === 2 && march.retention[0]?.retained === 1 ? march : undefined;
    });
    expect(cohort.period).toBe('2025-03');
    expect(cohort.retention.map((p) => [p.day, p.eligible, p.retained, p.rate])).toEqual([
      [30, 2, 1, 0.5],
      [60, 2, 0, 0],
      [90, 2, 0, 0],
    ]);
  });
});

describe('analytics consent', () => {
  const FUNNEL = `query ($from: DateTime!, $to: DateTime!) { funnel(from: $from, to: $to) { steps { name count } } }`;
  const COHORTS = `query ($from: DateTime!, $to: DateTime!) { cohorts(from: $from, to: $to) { period size retention { day eligible retained } } }`;

  async function funnelCounts(from: string, to: string): Promise<Record<string, number>> {
    const result = await harness.execute<{ funnel: { steps: { name: string; count: number }[] } }>(FUNNEL, { from, to }, admin);
    return Object.fromEntries((result.data?.funnel.steps ?? []).map((s) => [s.name, s.count]));
  }

  it('counts a user who granted analytics at sign-up, and only the visitor steps of one who did not', async () => {
    const at = (day: number) => new Date(Date.UTC(2026, 1, day, 10));
    await emit('aube.exploration_started', { explorationId: '44444444-4444-4444-8444-444444444444', visitorId: 'visitor-marc-sans' }, at(3));
    await emit('aube.exploration_started', { explorationId: '55555555-5555-4555-8555-555555555555', visitorId: 'visitor-sofia-avec' }, at(4));
    const signUpWith = (email: string, visitorId: string, consentsGranted: string[]) =>
      harness.execute<{ signUp: AuthPayloadData }>(SIGN_UP, {
        input: { email, password: 'changer de voie', displayName: 'Visiteur', attribution: { visitorId }, consents: consentsGranted },
      });
    const marc = (await signUpWith('marc.sans@exemple.fr', 'visitor-marc-sans', [])).data?.signUp.user.id as string;
    const sofia = (await signUpWith('sofia.avec@exemple.fr', 'visitor-sofia-avec', ['analytics'])).data?.signUp.user.id as string;
    for (const [userId, day] of [[marc, 9], [sofia, 10]] as const) {
      await emit('billing.checkout_started', { userId, plan: 'PREMIUM', checkoutSessionId: `cs_test_${day}` } as EventPayloads['billing.checkout_started'], at(day));
    }
    await analyticsCaughtUp();

    expect(await funnelCounts('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z')).toEqual({ visit: 2, aube_score: 0, sign_up: 1, letter: 0, checkout: 1, subscription: 0 });
    expect(await harness.database.db.select().from(funnelPeople).where(eq(funnelPeople.userId, marc))).toEqual([]);
    expect(await harness.database.db.select().from(userActivityDays).where(eq(userActivityDays.userId, marc))).toEqual([]);
    expect(await harness.database.db.select().from(funnelPeople).where(eq(funnelPeople.userId, sofia))).toHaveLength(1);
  });

  it('leaves out of cohorts a user without analytics, and stops counting one who withdraws it', async () => {
    const counted = 'eeeeeeee-0000-4000-8000-000000000005';
    const withdrawn = 'ffffffff-0000-4000-8000-000000000006';
    const never = '99999999-0000-4000-8000-000000000009';
    await userGrantingAnalytics(counted);
    await userGrantingAnalytics(withdrawn);
    await harness.database.db.insert(users).values({ id: never, email: 'jamais@exemple.fr', passwordHash: 'not-a-real-hash', displayName: 'Jamais' });
    for (const userId of [counted, withdrawn, never]) await emit('user.registered', { userId }, new Date('2025-06-02T09:00:00Z'));
    await analyticsCaughtUp();
    await harness.database.db.update(consents).set({ granted: false }).where(eq(consents.userId, withdrawn));
    for (const userId of [counted, withdrawn, never]) {
      await emit('user.signed_in', { userId, sessionId: '66666666-6666-4666-8666-666666666666' }, new Date('2025-07-15T09:00:00Z'));
    }
    await analyticsCaughtUp();

    const result = await harness.execute<{ cohorts: { period: string; size: number; retention: { day: number; eligible: number; retained: number }[] }[] }>(
      COHORTS,
      { from: '2025-06-01T00:00:00Z', to: '2025-07-01T00:00:00Z' },
      admin,
    );
    expect(result.data?.cohorts.map((c) => ({ period: c.period, size: c.size, retained30: c.retention[0]?.retained }))).toEqual([
      { period: '2025-06', size: 2, retained30: 1 },
    ]);
  });
});
