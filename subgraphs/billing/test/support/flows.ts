import type { Principal, Tier } from '@phoenix/context-token';
import { eventObject, type StripeObject } from './fake-stripe/objects.js';
import type { BillingHarness } from './harness.js';

export const START_CHECKOUT = 'mutation ($plan: Tier!) { startCheckout(plan: $plan) { url } }';
export const OPEN_PORTAL = 'mutation { openBillingPortal { url } }';
export const SUBSCRIPTION_OF = `query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { subscription { plan status currentPeriodEnd cancelAtPeriodEnd } } } }`;

export interface SubscriptionView {
  plan: string;
  status: string;
  currentPeriodEnd: string | null;
  cancelAtPeriodEnd: boolean;
}

/** Opens a checkout through GraphQL and returns the Checkout Session the double created. */
export async function startCheckout(harness: BillingHarness, user: Principal, plan: Tier): Promise<StripeObject> {
  const result = await harness.billing.execute<{ startCheckout: { url: string } }>(START_CHECKOUT, { plan }, user);
  const url = result.data?.startCheckout.url;
  if (!url) throw new Error(`startCheckout failed: ${JSON.stringify(result.errors)}`);
  const session = [...harness.stripe!.checkoutSessions.values()].find((candidate) => candidate.url === url);
  if (!session) throw new Error('the double has no session for that url');
  return session;
}

/** Checkout, payment on Stripe's side, and the `checkout.session.completed` webhook. */
export async function subscribe(harness: BillingHarness, user: Principal, plan: Tier): Promise<StripeObject> {
  const session = await startCheckout(harness, user, plan);
  const completed = harness.stripe!.completeCheckout(session.id);
  const delivery = await harness.deliver(eventObject('checkout.session.completed', completed.session));
  if (delivery.status !== 200) throw new Error(`webhook answered ${delivery.status}`);
  return completed.subscription;
}

/** `User.subscription` as the owner sees it. */
export async function subscriptionOf(harness: BillingHarness, user: Principal & { kind: 'user' }): Promise<SubscriptionView | undefined> {
  const result = await harness.billing.execute<{ _entities: { subscription: SubscriptionView }[] }>(SUBSCRIPTION_OF, { id: user.userId }, user);
  return result.data?._entities[0]?.subscription;
}

/** The subscription object with `changes` applied, as a later webhook snapshot would carry it. */
export function changed(subscription: StripeObject, changes: Record<string, unknown>): StripeObject {
  return { ...structuredClone(subscription), ...changes };
}
