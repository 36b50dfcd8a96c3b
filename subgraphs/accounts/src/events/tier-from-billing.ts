import { eq } from 'drizzle-orm';
import type { Tier } from '@phoenix/context-token';
import type { Transaction } from '@phoenix/db';
import { publish, type EventEnvelope } from '@phoenix/events';
import type { Logger } from '@phoenix/logger';
import { users } from '../db/schema.js';

export const TIER_EVENT_TYPES = ['billing.subscription_activated', 'billing.subscription_canceled'] as const;

/**
 * Billing decides subscriptions; accounts owns the tier the next access token carries.
 * Applies the change and announces it in the same transaction; an event that changes
 * nothing (already applied, replayed) publishes nothing.
 */
export function tierFromBilling(logger: Logger) {
  return async (event: EventEnvelope, tx: Transaction): Promise<void> => {
    let userId: string;
    let tier: Tier;
    let reason: 'subscription_activated' | 'subscription_canceled';
    if (event.type === 'billing.subscription_activated') {
      ({ userId } = event.payload);
      tier = event.payload.plan;
      reason = 'subscription_activated';
    } else if (event.type === 'billing.subscription_canceled') {
      ({ userId } = event.payload);
      tier = 'FREE';
      reason = 'subscription_canceled';
    } else {
      return;
    }
    const [user] = await tx.select({ tier: users.tier }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) {
      logger.warn({ eventId: event.eventId, type: event.type }, 'tier change for an unknown user ignored');
      return;
    }
    if (user.tier === tier) return;
    await tx.update(users).set({ tier, updatedAt: new Date() }).where(eq(users.id, userId));
    await publish(tx, {
      type: 'user.tier_changed',
      payload: { userId, previousTier: user.tier, tier, reason },
      causationId: event.eventId,
      ...(event.correlationId ? { correlationId: event.correlationId } : {}),
    });
    logger.info({ userId, tier, eventId: event.eventId }, 'tier changed');
  };
}
