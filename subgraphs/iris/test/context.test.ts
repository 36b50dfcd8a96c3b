import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { queryRows } from '@phoenix/db';
import type { Tier } from '@phoenix/context-token';
import { collect, countRows, replyText, send, startIris, subscribeReply, userPrincipal, type IrisHarness } from './support.js';

let harness: IrisHarness;
const START = new Date('2026-05-14T08:00:00.000Z');
const HOUR = 3_600_000;

beforeAll(async () => {
  harness = await startIris({ clock: { now: START } });
});

afterAll(async () => {
  await harness.close();
});

async function consent(userId: string, granted: boolean, occurredAt: Date): Promise<void> {
  await harness.publishEvent({ type: 'user.consent_changed', occurredAt, payload: { userId, purpose: 'cross_app_context', granted, changedBy: userId } });
}

/** A user whose replies keep analytics (read by these tests for what a reply used). */
async function analyticsUser(tier: Tier) {
  const user = userPrincipal(tier);
  await harness.consent(user.userId, 'analytics', true, new Date(START.getTime() - 72 * HOUR));
  return user;
}

/** The other apps' events for a user: an Aube score for M1805, two letters, three moods. */
async function otherAppsActivity(userId: string): Promise<void> {
  await harness.publishEvent({
    type: 'aube.resilience_scored',
    occurredAt: new Date(START.getTime() - 48 * HOUR),
    payload: { explorationId: randomUUID(), userId, romeCode: 'M1805', score: 62, evolutionType: 'enhanced', threatLevel: 'faible', confidence: 'eleve', modelVersion: 'resilience-1' },
  });
  for (const wordCount of [310, 280]) {
    await harness.publishEvent({ type: 'letters.letter_generated', payload: { userId, letterId: randomUUID(), tone: 'formel', careerChange: true, wordCount } });
  }
  for (const [days, mood] of [[10, 5], [3, 6], [1, 7]] as const) {
    await harness.publishEvent({ type: 'rise.mood_logged', occurredAt: new Date(START.getTime() - days * 24 * HOUR), payload: { userId, entryId: randomUUID(), mood, confidence: mood } });
  }
  await harness.project();
}

async function reply(user: ReturnType<typeof userPrincipal>, text: string, conversationId?: string) {
  const message = await send(harness, user, { text, ...(conversationId ? { conversationId } : {}) });
  const chunks = await collect(subscribeReply(harness, message.conversationId, user));
  const [analytics] = await queryRows<{ used_cross_app_context: boolean; history_turns: number }>(
    harness.database.db,
    sql`select used_cross_app_context, history_turns from iris.reply_analytics where message_id = ${message.reply.id}`,
  );
  return { message, text: replyText(chunks), analytics };
}

describe('context from the other apps', () => {
  it('leaves the Aube score and the letters out of replies without the cross_app_context consent', async () => {
    const user = await analyticsUser('PREMIUM');
    await otherAppsActivity(user.userId);
    const { text, analytics } = await reply(user, 'Mon métier a-t-il un avenir face à l’IA ?');
    expect(text).not.toContain('62/100');
    expect(text).not.toContain('lettres');
    expect(analytics?.used_cross_app_context).toBe(false);
  });

  it('uses them while the consent is granted, and stops once it is withdrawn', async () => {
    const user = await analyticsUser('PREMIUM');
    await otherAppsActivity(user.userId);
    await consent(user.userId, true, new Date(START.getTime() - HOUR));
    await harness.project();
    const granted = await reply(user, 'Mon métier a-t-il un avenir face à l’IA ?');
    expect(granted.text).toContain('M1805');
    expect(granted.text).toContain('62/100 en résilience');
    expect(granted.text).toContain('Vous avez déjà rédigé 2 lettres avec Phoenix');
    expect(granted.analytics?.used_cross_app_context).toBe(true);

    await consent(user.userId, false, START);
    await harness.project();
    const withdrawn = await reply(user, 'Mon métier a-t-il un avenir face à l’IA ?', granted.message.conversationId);
    expect(withdrawn.text).not.toContain('62/100');
    expect(withdrawn.analytics?.used_cross_app_context).toBe(false);
  });

  it('ignores an older grant delivered after a withdrawal', async () => {
    const user = await analyticsUser('PREMIUM');
    await otherAppsActivity(user.userId);
    await consent(user.userId, false, START);
    await consent(user.userId, true, new Date(START.getTime() - 24 * HOUR));
    await harness.project();
    expect((await reply(user, 'Que faire de mon expérience ?')).analytics?.used_cross_app_context).toBe(false);
  });
});

describe('history retention', () => {
  it('lets a FREE reply read one day of history and a PREMIUM reply seven', async () => {
    for (const [tier, turns] of [['FREE', 0], ['PREMIUM', 2]] as const) {
      const user = await analyticsUser(tier);
      harness.clock.now = START;
      const first = await reply(user, 'Je voudrais devenir paysagiste.');
      harness.clock.now = new Date(START.getTime() + 2 * 24 * HOUR);
      const later = await reply(user, 'Et quelle formation suivre ?', first.message.conversationId);
      expect(later.analytics?.history_turns).toBe(turns);
    }
    harness.clock.now = START;
  });

  it('deletes messages older than the latest known tier keeps, with their replies and empty conversations', async () => {
    const free = userPrincipal('FREE');
    const premium = userPrincipal('PREMIUM');
    const downgraded = userPrincipal('PREMIUM_PLUS');
    harness.clock.now = START;
    for (const user of [free, premium, downgraded]) await reply(user, 'Comment changer de métier à 45 ans ?');
    await harness.publishEvent({ type: 'user.tier_changed', occurredAt: new Date(START.getTime() + HOUR), payload: { userId: downgraded.userId, previousTier: 'PREMIUM_PLUS', tier: 'FREE', reason: 'subscription_canceled' } });
    await harness.project();

    harness.clock.now = new Date(START.getTime() + 2 * 24 * HOUR);
    await harness.definition.retention.runOnce();
    expect(await countRows(harness.database, 'messages', free.userId)).toBe(0);
    expect(await countRows(harness.database, 'conversations', free.userId)).toBe(0);
    expect(await countRows(harness.database, 'messages', downgraded.userId)).toBe(0);
    expect(await countRows(harness.database, 'messages', premium.userId)).toBe(2);

    harness.clock.now = new Date(START.getTime() + 8 * 24 * HOUR);
    await harness.definition.retention.runOnce();
    expect(await countRows(harness.database, 'messages', premium.userId)).toBe(0);
    harness.clock.now = START;
  });
});
