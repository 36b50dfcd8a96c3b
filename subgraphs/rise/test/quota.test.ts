import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { START_COACHING, startRise, userPrincipal, type RiseHarness } from './support.js';

// 12:00 in Paris on the last day of March: the month resets at Paris midnight, in summer time.
const NOW = new Date('2026-03-31T10:00:00.000Z');
const RESETS_AT = '2026-03-31T22:00:00.000Z';

let h: RiseHarness;

beforeAll(async () => {
  h = await startRise({ start: NOW });
});

afterAll(async () => {
  await h.close();
});

const quotaOf = (tier: string) =>
  `query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id, tier: ${tier} }]) { ... on User { coachingQuota { used limit remaining resetsAt } } } }`;

async function quota(user: ReturnType<typeof userPrincipal>, reader = user) {
  const { data } = await h.rise.execute<{ _entities: { coachingQuota: Record<string, unknown> }[] }>(quotaOf(user.tier), { id: user.userId }, reader);
  return data?._entities[0]?.coachingQuota;
}

describe('the coaching quota', () => {
  it('lets a FREE user open exactly 2 sessions a month, even with 6 calls at once', async () => {
    const user = userPrincipal('FREE');
    const results = await Promise.all(Array.from({ length: 6 }, () => h.rise.execute<{ startCoachingSession: { id: string } }>(START_COACHING, {}, user)));
    const opened = results.filter((r) => r.data?.startCoachingSession);
    const refused = results.filter((r) => r.errors);
    expect(opened).toHaveLength(2);
    expect(refused).toHaveLength(4);
    for (const r of refused) expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: 2, resetsAt: RESETS_AT });
    expect(await h.rowsOf(user.userId)).toMatchObject({ coaching_sessions: 2 });
    expect(await h.events('rise.coaching_started', user.userId)).toHaveLength(2);
    expect(await quota(user)).toEqual({ used: 2, limit: 2, remaining: 0, resetsAt: RESETS_AT });
  });

  it('counts again from the first Paris day of the next month', async () => {
    const user = userPrincipal('FREE');
    for (let i = 0; i < 2; i += 1) await h.rise.execute(START_COACHING, {}, user);
    expect((await h.rise.execute(START_COACHING, {}, user)).errors?.[0]?.extensions.code).toBe('QUOTA_EXCEEDED');
    h.clock.now = new Date(RESETS_AT);
    try {
      const { data, errors } = await h.rise.execute<{ startCoachingSession: { status: string } }>(START_COACHING, {}, user);
      expect(errors).toBeUndefined();
      expect(data?.startCoachingSession.status).toBe('COMPLETED');
      expect(await quota(user)).toMatchObject({ used: 1, remaining: 1, resetsAt: '2026-04-30T22:00:00.000Z' });
    } finally {
      h.clock.now = NOW;
    }
  });

  it('does not limit PREMIUM users', async () => {
    const user = userPrincipal('PREMIUM');
    const results = await Promise.all(Array.from({ length: 3 }, () => h.rise.execute(START_COACHING, {}, user)));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(await quota(user)).toEqual({ used: 3, limit: null, remaining: null, resetsAt: RESETS_AT });
  });

  it('shows an admin another user’s quota with that user’s tier from accounts', async () => {
    const user = userPrincipal('FREE');
    await h.rise.execute(START_COACHING, {}, user);
    expect(await quota(user, userPrincipal('PREMIUM', ['admin']))).toMatchObject({ used: 1, limit: 2 });
  });
});
