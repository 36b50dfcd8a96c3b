import { eq, sql } from 'drizzle-orm';
import type { EventEnvelope } from '@phoenix/events';
import type { Transaction } from '@phoenix/db';
import { funnelPeople, userActivityDays, type FunnelPersonRow } from '../db/analytics-schema.js';
import { countsInAnalytics } from './counted-subject.js';
import { activeUserOf, funnelTouchOf, type FunnelStep, type FunnelTouch } from './funnel-touch.js';

const STEP_COLUMNS = {
  visit: funnelPeople.visitedAt,
  aube_score: funnelPeople.scoredAt,
  sign_up: funnelPeople.registeredAt,
  letter: funnelPeople.firstLetterAt,
  checkout: funnelPeople.checkoutAt,
  subscription: funnelPeople.subscribedAt,
} as const satisfies Record<FunnelStep, unknown>;

const STEP_KEYS = {
  visit: 'visitedAt',
  aube_score: 'scoredAt',
  sign_up: 'registeredAt',
  letter: 'firstLetterAt',
  checkout: 'checkoutAt',
  subscription: 'subscribedAt',
} as const satisfies Record<FunnelStep, keyof FunnelPersonRow>;

/**
 * Folds one event into the funnel and activity projections. Idempotent: every write keeps
 * the earliest time, so replaying the log yields the same rows. An event about a user counts
 * only while that user grants `analytics` (checked when the event is processed), or, once
 * erased, under their pseudonym if they granted it then; steps of a visitor who has not signed
 * up carry no user and always count. Events about an erased user's real id (late, or replayed
 * before the log is pseudonymised) are ignored.
 */
export async function projectAnalytics(event: EventEnvelope, tx: Transaction): Promise<void> {
  const activeUser = activeUserOf(event);
  const touch = funnelTouchOf(event);
  const subject = touch?.userId ?? activeUser;
  if (subject && !(await countsInAnalytics(tx, subject))) return;
  if (activeUser) {
    const day = event.occurredAt.toISOString().slice(0, 10);
    await tx.insert(userActivityDays).values({ userId: activeUser, day }).onConflictDoNothing();
  }
  if (touch) await applyTouch(tx, touch);
}

async function applyTouch(tx: Transaction, touch: FunnelTouch): Promise<void> {
  const person = await findPerson(tx, touch);
  const column = STEP_COLUMNS[touch.step];
  const at = touch.at.toISOString();
  if (!person) {
    const personKey = touch.userId ? `u:${touch.userId}` : `v:${touch.visitorId}`;
    await tx
      .insert(funnelPeople)
      .values({
        personKey,
        visitorId: touch.visitorId ?? null,
        userId: touch.userId ?? null,
        utmSource: touch.utm?.source ?? null,
        utmMedium: touch.utm?.medium ?? null,
        utmCampaign: touch.utm?.campaign ?? null,
        [STEP_KEYS[touch.step]]: touch.at,
      })
      .onConflictDoNothing();
    return;
  }
  await tx
    .update(funnelPeople)
    .set({
      // postgres.js cannot bind a Date inside raw SQL; an ISO string with a cast works on both drivers.
      [STEP_KEYS[touch.step]]: sql`least(coalesce(${column}, ${at}::timestamptz), ${at}::timestamptz)`,
      userId: sql`coalesce(${funnelPeople.userId}, ${touch.userId ?? null}::uuid)`,
      visitorId: sql`coalesce(${funnelPeople.visitorId}, ${touch.visitorId ?? null})`,
      utmSource: sql`coalesce(${funnelPeople.utmSource}, ${touch.utm?.source ?? null})`,
      utmMedium: sql`coalesce(${funnelPeople.utmMedium}, ${touch.utm?.medium ?? null})`,
      utmCampaign: sql`coalesce(${funnelPeople.utmCampaign}, ${touch.utm?.campaign ?? null})`,
    })
    .where(eq(funnelPeople.personKey, person.personKey));
}

// A user is found by user id first; a visitor who has just signed up is found by the
// visitor id their anonymous steps were recorded under, and becomes that user.
async function findPerson(tx: Transaction, touch: FunnelTouch): Promise<FunnelPersonRow | undefined> {
  if (touch.userId) {
    const [byUser] = await tx.select().from(funnelPeople).where(eq(funnelPeople.userId, touch.userId)).limit(1);
    if (byUser) return byUser;
  }
  if (touch.visitorId) {
    const [byVisitor] = await tx.select().from(funnelPeople).where(eq(funnelPeople.personKey, `v:${touch.visitorId}`)).limit(1);
    if (byVisitor && (!byVisitor.userId || byVisitor.userId === touch.userId)) return byVisitor;
  }
  return undefined;
}
