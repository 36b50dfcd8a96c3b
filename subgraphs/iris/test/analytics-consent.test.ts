import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { queryRows } from '@phoenix/db';
import { userHash } from '../src/domain/analytics.js';
import { DEV_ANALYTICS_PEPPER } from '../src/config.js';
import { collect, replyText, send, startIris, subscribeReply, userPrincipal, type IrisHarness } from './support.js';

let harness: IrisHarness;
const START = new Date('2026-05-14T08:00:00.000Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(START.getTime() + hours * HOUR);

beforeAll(async () => {
  harness = await startIris({ clock: { now: START } });
});

afterAll(async () => {
  await harness.close();
});

/** Sends a message, reads the reply to its end; returns the reply's id and text. */
async function exchange(user: ReturnType<typeof userPrincipal>, text: string) {
  const message = await send(harness, user, { text });
  const chunks = await collect(subscribeReply(harness, message.conversationId, user));
  return { replyId: message.reply.id, text: replyText(chunks) };
}

async function analyticsRow(replyId: string) {
  const [row] = await queryRows<{ user_hash: string | null }>(harness.database.db, sql`select user_hash from iris.reply_analytics where message_id = ${replyId}`);
  return row;
}

describe('reply analytics and the analytics consent', () => {
  it('keeps no analytics for a user who never granted it, even with the cross_app_context consent, yet answers them as usual', async () => {
    const user = userPrincipal('PREMIUM');
    await harness.consent(user.userId, 'cross_app_context', true, at(-1));
    const reply = await exchange(user, 'Comment valoriser vingt ans de logistique dans une reconversion ?');
    expect(reply.text.length).toBeGreaterThan(0);
    expect(await analyticsRow(reply.replyId)).toBeUndefined();
  });

  it('keeps analytics under the hash while the consent is granted, unlinks them when it is withdrawn, and keeps none afterwards', async () => {
    const user = userPrincipal('FREE');
    const hash = userHash(DEV_ANALYTICS_PEPPER, user.userId);
    await harness.consent(user.userId, 'analytics', true, at(-2));
    const granted = await exchange(user, 'Quelles questions poser en fin d’entretien ?');
    expect((await analyticsRow(granted.replyId))?.user_hash).toBe(hash);

    await harness.consent(user.userId, 'analytics', false, at(-1));
    expect(await analyticsRow(granted.replyId)).toEqual({ user_hash: null });

    const withdrawn = await exchange(user, 'Et comment parler de mon salaire actuel ?');
    expect(await analyticsRow(withdrawn.replyId)).toBeUndefined();
  });

  it('ignores an older grant delivered after a withdrawal', async () => {
    const user = userPrincipal('FREE');
    await harness.consent(user.userId, 'analytics', false, at(-1));
    await harness.consent(user.userId, 'analytics', true, at(-5));
    const reply = await exchange(user, 'Faut-il mentionner ma reconversion dans le titre du CV ?');
    expect(await analyticsRow(reply.replyId)).toBeUndefined();
  });
});
