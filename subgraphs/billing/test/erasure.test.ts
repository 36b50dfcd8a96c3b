import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { parseConfig } from '@phoenix/config';
import { queryRows } from '@phoenix/db';
import { erasureReportsOf } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { billingEnv, stripeSettings } from '../src/config.js';
import { reconcileSubscriptions } from '../src/reconcile/reconcile.js';
import { createStripeAccess } from '../src/stripe/access.js';
import { eventObject, invoiceObject, type StripeObject } from './support/fake-stripe/objects.js';
import { subscribe } from './support/flows.js';
import { PRICES, startBilling, userPrincipal, WEBHOOK_SECRET, type BillingHarness } from './support/harness.js';

let harness: BillingHarness;

beforeAll(async () => {
  harness = await startBilling();
});

afterAll(async () => {
  await harness.close();
});

async function rowsOf(userId: string): Promise<{ customers: number; subscriptions: number }> {
  const [row] = await queryRows<{ customers: number; subscriptions: number }>(
    harness.database.db,
    sql`select (select count(*)::int from billing.customers where user_id = ${userId}) as customers,
               (select count(*)::int from billing.subscriptions where user_id = ${userId}) as subscriptions`,
  );
  return row!;
}

async function reportOf(eventId: string) {
  return (await erasureReportsOf(harness.database.db, [eventId])).get(eventId)?.map((report) => report.rows);
}

async function offset() {
  const [row] = await queryRows<{ position: number; attempts: number; last_error: string | null }>(
    harness.database.db,
    sql`select position::int as position, attempts, last_error from events.consumer_offsets where consumer = 'billing.erasure'`,
  );
  return row!;
}

async function deadLetters(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(harness.database.db, sql`select count(*)::int as n from events.dead_letters where consumer = 'billing.erasure'`);
  return row!.n;
}

// Each call is one attempt: the consumer's backoff wait is skipped.
async function attemptErasure(): Promise<void> {
  await harness.database.db.execute(sql`update events.consumer_offsets set retry_at = null where consumer = 'billing.erasure'`);
  await harness.erasure.runOnce();
}

async function subscribedUser(): Promise<{ userId: string; subscription: StripeObject; customerId: string }> {
  const user = userPrincipal();
  const subscription = await subscribe(harness, user, 'PREMIUM');
  return { userId: user.userId, subscription, customerId: String(subscription.customer) };
}

describe('erasure of a user in billing', () => {
  it("deletes the user's Stripe customer, which cancels the subscription, then the local rows, and leaves other payers alone", async () => {
    const leaving = await subscribedUser();
    const staying = await subscribedUser();
    expect(await rowsOf(leaving.userId)).toEqual({ customers: 1, subscriptions: 1 });

    const eventId = await harness.deleteUser(leaving.userId);
    await attemptErasure();

    const stripe = harness.stripe!;
    expect(stripe.customers.has(leaving.customerId)).toBe(false);
    expect(stripe.subscriptions.get(leaving.subscription.id)?.status).toBe('canceled');
    expect(stripe.requests.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual([`/v1/customers/${leaving.customerId}`]);
    expect(await rowsOf(leaving.userId)).toEqual({ customers: 0, subscriptions: 0 });
    expect(await reportOf(eventId)).toEqual([{ 'billing.customers': 1, 'billing.subscriptions': 1 }]);

    expect(stripe.customers.has(staying.customerId)).toBe(true);
    expect(stripe.subscriptions.get(staying.subscription.id)?.status).toBe('active');
    expect(await rowsOf(staying.userId)).toEqual({ customers: 1, subscriptions: 1 });
  });

  it('changes nothing on a second delivery of the same event', async () => {
    const leaving = await subscribedUser();
    const eventId = await harness.deleteUser(leaving.userId);
    await attemptErasure();
    const [event] = await queryRows<{ position: number }>(harness.database.db, sql`select position::int as position from events.log where event_id = ${eventId}`);
    const deletes = harness.stripe!.requests.filter((request) => request.method === 'DELETE').length;

    await harness.database.db.execute(sql`update events.consumer_offsets set position = ${event!.position - 1} where consumer = 'billing.erasure'`);
    await attemptErasure();

    expect(await offset()).toMatchObject({ position: event!.position, attempts: 0 });
    expect(harness.stripe!.requests.filter((request) => request.method === 'DELETE')).toHaveLength(deletes);
    expect(await rowsOf(leaving.userId)).toEqual({ customers: 0, subscriptions: 0 });
    expect(await reportOf(eventId)).toEqual([{ 'billing.customers': 1, 'billing.subscriptions': 1 }]);
  });

  it('takes a customer Stripe no longer has (404) as already deleted', async () => {
    const leaving = await subscribedUser();
    harness.stripe!.customers.delete(leaving.customerId);

    const eventId = await harness.deleteUser(leaving.userId);
    await attemptErasure();

    expect(await rowsOf(leaving.userId)).toEqual({ customers: 0, subscriptions: 0 });
    expect(await reportOf(eventId)).toEqual([{ 'billing.customers': 1, 'billing.subscriptions': 1 }]);
  });

  it('keeps the rows and retries while Stripe is unreachable, never dead-letters, and erases once Stripe answers', async () => {
    const leaving = await subscribedUser();
    const eventId = await harness.deleteUser(leaving.userId);
    harness.stripe!.setReachable(false);
    try {
      await attemptErasure();
      await attemptErasure();
    } finally {
      harness.stripe!.setReachable(true);
    }

    const failing = await offset();
    expect(failing.attempts).toBe(2);
    expect(failing.last_error).toContain('Stripe could not delete a customer');
    expect(failing.last_error).not.toContain(leaving.customerId);
    expect(failing.last_error).not.toContain(leaving.userId);
    expect(await rowsOf(leaving.userId)).toEqual({ customers: 1, subscriptions: 1 });
    expect(await reportOf(eventId)).toEqual([]);
    expect(harness.stripe!.customers.has(leaving.customerId)).toBe(true);

    await attemptErasure();

    expect(harness.stripe!.customers.has(leaving.customerId)).toBe(false);
    expect(await rowsOf(leaving.userId)).toEqual({ customers: 0, subscriptions: 0 });
    expect(await reportOf(eventId)).toEqual([{ 'billing.customers': 1, 'billing.subscriptions': 1 }]);
    expect(await offset()).toMatchObject({ attempts: 0, last_error: null });
    expect(await deadLetters()).toBe(0);
  });

  it("ignores Stripe's later events and a reconciliation about the deleted customer instead of bringing the user back", async () => {
    const leaving = await subscribedUser();
    await harness.deleteUser(leaving.userId);
    await attemptErasure();
    const eventsOfUser = async () => (await harness.events()).filter((event) => event.streamId === leaving.userId || event.payload.userId === leaving.userId);
    const eventsBefore = (await eventsOfUser()).length;
    const canceled = harness.stripe!.subscriptions.get(leaving.subscription.id)!;

    // Stripe's own notice of the cancellation, and a retried payment notice from before the erasure.
    expect((await harness.deliver(eventObject('customer.subscription.deleted', canceled))).status).toBe(200);
    expect((await harness.deliver(eventObject('invoice.paid', invoiceObject({ subscription: leaving.subscription, amountCents: 999, paid: true })))).status).toBe(200);
    const config = parseConfig('billing', billingEnv, {
      STRIPE_SECRET_KEY: harness.stripe!.secretKey,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_PRICE_PREMIUM: PRICES.PREMIUM,
      STRIPE_PRICE_PREMIUM_PLUS: PRICES.PREMIUM_PLUS,
      STRIPE_API_URL: harness.stripe!.url,
    });
    await reconcileSubscriptions({ db: harness.database.db, stripe: createStripeAccess(stripeSettings(config)!), logger: createLogger('test', 'silent') });

    expect(await eventsOfUser()).toHaveLength(eventsBefore);
    const everyRow = await queryRows<{ row: string }>(
      harness.database.db,
      sql`select row_to_json(t)::text as row from billing.customers t union all select row_to_json(t)::text from billing.subscriptions t
          union all select row_to_json(t)::text from billing.stripe_events t union all select row_to_json(t)::text from billing.erased_customers t`,
    );
    const text = everyRow.map((row) => row.row).join('\n');
    expect(text).not.toContain(leaving.userId);
    expect(text).not.toContain(leaving.customerId);
    expect(text).not.toContain(leaving.subscription.id);
  });
});

describe('erasure in billing without Stripe keys', () => {
  let keyless: BillingHarness;

  beforeAll(async () => {
    keyless = await startBilling({ withStripe: false });
  });

  afterAll(async () => {
    await keyless.close();
  });

  it('erases a user who never paid, but retries rather than leave a Stripe customer behind', async () => {
    const neverPaid = userPrincipal().userId;
    const paid = userPrincipal().userId;
    await keyless.database.db.execute(sql`insert into billing.customers (user_id, stripe_customer_id) values (${paid}, 'cus_keylessCustomer')`);
    const neverPaidEvent = await keyless.deleteUser(neverPaid);
    const paidEvent = await keyless.deleteUser(paid);

    await keyless.erasure.runOnce();

    const reports = await erasureReportsOf(keyless.database.db, [neverPaidEvent, paidEvent]);
    expect(reports.get(neverPaidEvent)?.map((report) => report.rows)).toEqual([{ 'billing.customers': 0, 'billing.subscriptions': 0 }]);
    expect(reports.get(paidEvent)).toEqual([]);
    expect(await keyless.count('billing.customers')).toBe(1);
  });
});
