import type { EventEnvelope } from '@phoenix/events';

/** The steps of the product funnel of DOMAIN.md, in order. */
export const FUNNEL_STEPS = ['visit', 'aube_score', 'sign_up', 'letter', 'checkout', 'subscription'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** What one event tells the funnel: who reached which step, when. */
export interface FunnelTouch {
  step: FunnelStep;
  at: Date;
  userId?: string;
  visitorId?: string;
  utm?: { source?: string; medium?: string; campaign?: string };
}

/** The funnel step an event marks, if any. Pure: the projection applies it. */
export function funnelTouchOf(event: EventEnvelope): FunnelTouch | undefined {
  const at = event.occurredAt;
  switch (event.type) {
    case 'aube.exploration_started': {
      const { userId, visitorId, utm } = event.payload;
      return withIdentity({ step: 'visit', at, ...(utm ? { utm } : {}) }, userId, visitorId);
    }
    case 'aube.resilience_scored':
      return withIdentity({ step: 'aube_score', at }, event.payload.userId, event.payload.visitorId);
    case 'user.registered': {
      const { userId, visitorId, utm } = event.payload;
      return withIdentity({ step: 'sign_up', at, ...(utm ? { utm } : {}) }, userId, visitorId);
    }
    case 'letters.letter_generated':
      return { step: 'letter', at, userId: event.payload.userId };
    case 'billing.checkout_started':
      return { step: 'checkout', at, userId: event.payload.userId };
    case 'billing.subscription_activated':
      return { step: 'subscription', at, userId: event.payload.userId };
    default:
      return undefined;
  }
}

function withIdentity(touch: FunnelTouch, userId: string | undefined, visitorId: string | undefined): FunnelTouch | undefined {
  if (!userId && !visitorId) return undefined;
  return { ...touch, ...(userId ? { userId } : {}), ...(visitorId ? { visitorId } : {}) };
}

/** The user an event is about, when its payload names one: any such event counts as activity. */
export function activeUserOf(event: EventEnvelope): string | undefined {
  const payload = event.payload as { userId?: unknown };
  return typeof payload.userId === 'string' ? payload.userId : undefined;
}
