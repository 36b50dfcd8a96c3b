import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { entryTime, GOOD_MONTH, HARD_MONTH, type FixtureEntry } from './fixtures.js';
import { LOG_MOOD, startRise, userPrincipal, userQuery, type RiseHarness } from './support.js';

let h: RiseHarness;
const NOW = new Date('2026-03-31T10:00:00.000Z');
const DAY = 86_400_000;

beforeAll(async () => {
  h = await startRise({ start: NOW });
});

afterAll(async () => {
  await h.close();
});

/** Logs each entry through `logMood` with the clock at its time, oldest first. */
async function logMonth(user: ReturnType<typeof userPrincipal>, entries: readonly FixtureEntry[]): Promise<void> {
  for (const entry of [...entries].sort((a, b) => b.daysAgo - a.daysAgo)) {
    h.clock.now = entryTime(NOW, entry.daysAgo);
    const { errors } = await h.rise.execute(LOG_MOOD, { input: { mood: entry.mood, confidence: entry.confidence, notes: entry.notes ?? null } }, user);
    expect(errors).toBeUndefined();
  }
  h.clock.now = NOW;
}

// The documented rule (docs/rise.md), recomputed here from the fixture without the domain code.
function expectedTrend(entries: readonly FixtureEntry[]) {
  const at = (e: FixtureEntry) => entryTime(NOW, e.daysAgo).getTime();
  const week = entries.filter((e) => at(e) > NOW.getTime() - 7 * DAY);
  const month = entries.filter((e) => at(e) > NOW.getTime() - 30 * DAY);
  const average = week.reduce((s, e) => s + e.mood, 0) / week.length;
  const volatility = Math.sqrt(week.reduce((s, e) => s + (e.mood - average) ** 2, 0) / week.length);
  const xs = month.map((e) => (at(e) - NOW.getTime()) / DAY);
  const ys = month.map((e) => e.confidence);
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  const slope = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] ?? 0) - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const signals = [
    ...(average <= 3.5 ? ['VERY_LOW_MOOD'] : average <= 5 ? ['LOW_MOOD'] : []),
    ...(slope <= -0.1 ? ['FALLING_CONFIDENCE'] : []),
    ...(volatility >= 2 ? ['VOLATILE_MOOD'] : []),
  ];
  const score = signals.reduce((s, signal) => s + (signal === 'VERY_LOW_MOOD' ? 2 : 1), 0);
  const burnoutRisk = score >= 3 ? 'HIGH' : score >= 2 ? 'MODERATE' : 'LOW';
  return { average, volatility, slope, signals, burnoutRisk, entries7d: week.length, entries30d: month.length };
}

interface Trend {
  moodAverage7d: number;
  moodVolatility7d: number;
  confidenceSlope30d: number;
  confidenceChange30d: number;
  entries7d: number;
  entries30d: number;
  burnoutRisk: string;
  signals: string[];
  computedAt: string;
}

const TREND = userQuery('emotionalTrend { moodAverage7d moodVolatility7d confidenceSlope30d confidenceChange30d entries7d entries30d burnoutRisk signals computedAt }');

describe('a month of journal entries', () => {
  it.each([
    ['hard', HARD_MONTH, 'HIGH'],
    ['good', GOOD_MONTH, 'LOW'],
  ] as const)('gives the trend and burnout risk the documented rule computes for a %s month', async (_name, month, risk) => {
    const user = userPrincipal();
    await logMonth(user, month);
    const { data, errors } = await h.rise.execute<{ _entities: { emotionalTrend: Trend }[] }>(TREND, { id: user.userId }, user);
    expect(errors).toBeUndefined();
    const trend = data?._entities[0]?.emotionalTrend;
    const expected = expectedTrend(month);
    expect(trend?.moodAverage7d).toBeCloseTo(expected.average, 2);
    expect(trend?.moodVolatility7d).toBeCloseTo(expected.volatility, 2);
    expect(trend?.confidenceSlope30d).toBeCloseTo(expected.slope, 2);
    expect(trend?.confidenceChange30d).toBeCloseTo(expected.slope * 30, 1);
    expect(trend).toMatchObject({ entries7d: expected.entries7d, entries30d: expected.entries30d, signals: expected.signals, burnoutRisk: expected.burnoutRisk, computedAt: NOW.toISOString() });
    // The fixtures are built to land on these levels; the rule above must agree.
    expect(expected.burnoutRisk).toBe(risk);
  });

  it('lists the journal newest first, with its notes, `first` at a time', async () => {
    const user = userPrincipal();
    await logMonth(user, HARD_MONTH.slice(0, 5));
    const { data } = await h.rise.execute<{ _entities: { journal: { mood: number; notes: string | null; createdAt: string }[] }[] }>(
      userQuery('journal(first: 3) { mood notes createdAt }'),
      { id: user.userId },
      user,
    );
    const journal = data?._entities[0]?.journal ?? [];
    expect(journal.map((e) => e.createdAt)).toEqual([0, 1, 2].map((d) => entryTime(NOW, d).toISOString()));
    expect(journal.map((e) => e.mood)).toEqual(HARD_MONTH.slice(0, 3).map((e) => e.mood));
    expect(journal[0]?.notes).toBe(HARD_MONTH[0]?.notes);
  });
});

describe('logMood', () => {
  it('publishes rise.mood_logged with the scores and never the notes', async () => {
    const user = userPrincipal();
    const notes = 'Journée pénible au travail, mais j’ai relu ma lettre pour le poste de formatrice.';
    const { data } = await h.rise.execute<{ logMood: { id: string; notes: string } }>(LOG_MOOD, { input: { mood: 5, confidence: 6, notes } }, user);
    expect(data?.logMood.notes).toBe(notes);
    const events = await h.events('rise.mood_logged', user.userId);
    expect(events.map((e) => e.payload)).toEqual([{ userId: user.userId, entryId: data?.logMood.id, mood: 5, confidence: 6 }]);
    expect(h.logs.join('\n')).not.toContain('formatrice');
  });

  it.each([
    ['a mood of 0', { mood: 0, confidence: 5 }, 'mood'],
    ['a confidence of 11', { mood: 5, confidence: 11 }, 'confidence'],
    ['5,001 characters of notes', { mood: 5, confidence: 5, notes: 'x'.repeat(5001) }, 'notes'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_case, input, field) => {
    const user = userPrincipal();
    const { errors } = await h.rise.execute(LOG_MOOD, { input }, user);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await h.rowsOf(user.userId)).journal_entries).toBe(0);
    expect(await h.events('rise.mood_logged', user.userId)).toEqual([]);
  });

  it('refuses anonymous callers and partner keys', async () => {
    const input = { mood: 5, confidence: 5 };
    expect((await h.rise.execute(LOG_MOOD, { input })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const partner = await h.rise.execute(LOG_MOOD, { input }, { kind: 'partner', partnerId: 'france-travail', keyId: 'k1', scopes: ['partner:rise.write'] });
    expect(partner.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('reading a user’s Rise data', () => {
  it('lets the user and an admin read, and refuses another user, a partner and an anonymous caller', async () => {
    const owner = userPrincipal();
    await h.rise.execute(LOG_MOOD, { input: { mood: 6, confidence: 6 } }, owner);
    const query = userQuery('journal { mood } goals { id } emotionalTrend { entries7d }');
    for (const reader of [owner, userPrincipal('FREE', ['admin'])]) {
      const { data, errors } = await h.rise.execute<{ _entities: { journal: unknown[] }[] }>(query, { id: owner.userId }, reader);
      expect(errors).toBeUndefined();
      expect(data?._entities[0]?.journal).toHaveLength(1);
    }
    expect((await h.rise.execute(query, { id: owner.userId }, userPrincipal())).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await h.rise.execute(query, { id: owner.userId }, { kind: 'partner', partnerId: 'p', keyId: 'k', scopes: ['partner:rise.read'] })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await h.rise.execute(query, { id: owner.userId })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('resolves a User entity by key with nothing for an id that is not an account’s', async () => {
    const admin = userPrincipal('FREE', ['admin']);
    const { data, errors } = await h.rise.execute<{ _entities: { id: string; journal: unknown[]; emotionalTrend: { burnoutRisk: string } }[] }>(
      userQuery('id journal { id } emotionalTrend { burnoutRisk }'),
      { id: 'not-a-uuid' },
      admin,
    );
    expect(errors).toBeUndefined();
    expect(data?._entities[0]).toEqual({ id: 'not-a-uuid', journal: [], emotionalTrend: { burnoutRisk: 'UNKNOWN' } });
  });

  it('refuses a page size outside 1–100', async () => {
    const user = userPrincipal();
    const { errors } = await h.rise.execute(userQuery('journal(first: 0) { id }'), { id: user.userId }, user);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
