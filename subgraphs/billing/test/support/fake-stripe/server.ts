import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeForm, type FormValue } from './form.js';
import { nowSeconds, stripeId, subscriptionObject, type StripeObject, type SubscriptionInit } from './objects.js';

/** A request the double received, decoded. */
export interface RecordedRequest {
  method: string;
  path: string;
  params: Record<string, FormValue>;
  idempotencyKey: string | undefined;
}

/** A local stand-in for the parts of Stripe's API billing calls. */
export interface FakeStripe {
  /** Base URL to give the client as `STRIPE_API_URL`. */
  url: string;
  /** The secret key the double accepts. */
  secretKey: string;
  requests: RecordedRequest[];
  customers: Map<string, StripeObject>;
  checkoutSessions: Map<string, StripeObject>;
  subscriptions: Map<string, StripeObject>;
  /** A subscription as if created in the Dashboard or by Checkout. */
  addSubscription(init: SubscriptionInit): StripeObject;
  /** The customer pays: the session completes with a new active subscription, copied from `subscription_data`. */
  completeCheckout(sessionId: string): { session: StripeObject; subscription: StripeObject };
  /** While false, every connection is dropped unanswered, as when Stripe cannot be reached. */
  setReachable(reachable: boolean): void;
  close(): Promise<void>;
}

class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const ROUTES: { method: string; pattern: RegExp; handler: keyof Handlers }[] = [
  { method: 'POST', pattern: /^\/v1\/customers$/, handler: 'createCustomer' },
  { method: 'POST', pattern: /^\/v1\/checkout\/sessions$/, handler: 'createCheckoutSession' },
  { method: 'POST', pattern: /^\/v1\/billing_portal\/sessions$/, handler: 'createPortalSession' },
  { method: 'GET', pattern: /^\/v1\/subscriptions$/, handler: 'listSubscriptions' },
  { method: 'GET', pattern: /^\/v1\/subscriptions\/([^/]+)$/, handler: 'retrieveSubscription' },
  { method: 'DELETE', pattern: /^\/v1\/subscriptions\/([^/]+)$/, handler: 'cancelSubscription' },
  { method: 'DELETE', pattern: /^\/v1\/customers\/([^/]+)$/, handler: 'deleteCustomer' },
];

type Handlers = ReturnType<typeof createHandlers>;

/** Starts the double on a free port of 127.0.0.1. */
export async function startFakeStripe(secretKey = 'sk_test_phoenixDouble'): Promise<FakeStripe> {
  const state = {
    requests: [] as RecordedRequest[],
    customers: new Map<string, StripeObject>(),
    checkoutSessions: new Map<string, StripeObject>(),
    subscriptions: new Map<string, StripeObject>(),
    idempotent: new Map<string, { fingerprint: string; status: number; body: unknown }>(),
    reachable: true,
  };
  const handlers = createHandlers(state);

  const server = http.createServer((req, res) => {
    if (!state.reachable) {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stripe.test');
      const method = req.method ?? 'GET';
      const body = Buffer.concat(chunks).toString('utf8');
      const params = decodeForm(method === 'GET' ? url.search.slice(1) : body);
      const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
      state.requests.push({ method, path: url.pathname, params, idempotencyKey });
      const { status, body: answer } = answerRequest(req.headers.authorization, method, url.pathname, params, idempotencyKey);
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': stripeId('req') });
      res.end(JSON.stringify(answer));
    });
  });

  function answerRequest(authorization: string | undefined, method: string, path: string, params: Record<string, FormValue>, key: string | undefined) {
    if (authorization !== `Bearer ${secretKey}`) {
      return errorBody(new StripeApiError(401, 'invalid_request_error', 'Invalid API Key provided.'));
    }
    // Stripe replays the first answer to a repeated key, and refuses the key with other parameters.
    const fingerprint = `${method} ${path} ${JSON.stringify(params)}`;
    const replay = key ? state.idempotent.get(key) : undefined;
    if (replay) {
      if (replay.fingerprint !== fingerprint) {
        return errorBody(new StripeApiError(400, 'idempotency_error', 'Keys for idempotent requests can only be used with the same parameters.'));
      }
      return { status: replay.status, body: replay.body };
    }
    const answer = route(method, path, params);
    if (key && method === 'POST') state.idempotent.set(key, { fingerprint, ...answer });
    return answer;
  }

  function route(method: string, path: string, params: Record<string, FormValue>): { status: number; body: unknown } {
    try {
      for (const candidate of ROUTES) {
        const match = candidate.method === method ? candidate.pattern.exec(path) : null;
        if (match) return { status: 200, body: handlers[candidate.handler](params, match[1] ?? '') };
      }
      throw new StripeApiError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
    } catch (error) {
      if (error instanceof StripeApiError) return errorBody(error);
      throw error;
    }
  }

  server.on('connection', (socket) => {
    if (!state.reachable) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    secretKey,
    requests: state.requests,
    customers: state.customers,
    checkoutSessions: state.checkoutSessions,
    subscriptions: state.subscriptions,
    addSubscription(init) {
      const subscription = subscriptionObject(init);
      state.subscriptions.set(subscription.id, subscription);
      return subscription;
    },
    completeCheckout(sessionId) {
      const session = state.checkoutSessions.get(sessionId);
      if (!session) throw new Error(`no checkout session ${sessionId}`);
      const items = session.line_items as { price: string }[];
      const data = (session.subscription_data ?? {}) as { metadata?: Record<string, string> };
      const subscription = subscriptionObject({ customer: String(session.customer), price: items[0]!.price, metadata: data.metadata ?? {} });
      state.subscriptions.set(subscription.id, subscription);
      Object.assign(session, { status: 'complete', payment_status: 'paid', subscription: subscription.id });
      return { session: publicSession(session), subscription };
    },
    setReachable(reachable) {
      state.reachable = reachable;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function errorBody(error: StripeApiError): { status: number; body: unknown } {
  return { status: error.status, body: { error: { type: error.type, message: error.message, ...(error.code ? { code: error.code } : {}) } } };
}

// The session as the API shows it: parameters kept for the test, such as line items, are not part of the object.
function publicSession(session: StripeObject): StripeObject {
  const { line_items: _items, subscription_data: _data, ...visible } = session;
  return visible as StripeObject;
}

function cancel(subscription: StripeObject): StripeObject {
  const now = nowSeconds();
  return Object.assign(subscription, { status: 'canceled', canceled_at: now, ended_at: now });
}

function createHandlers(state: { customers: Map<string, StripeObject>; checkoutSessions: Map<string, StripeObject>; subscriptions: Map<string, StripeObject> }) {
  const text = (value: FormValue | undefined) => (typeof value === 'string' ? value : null);
  const record = (value: FormValue | undefined) => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});
  return {
    createCustomer(params: Record<string, FormValue>) {
      const customer: StripeObject = { id: stripeId('cus'), object: 'customer', created: nowSeconds(), email: text(params.email), metadata: record(params.metadata), livemode: false };
      state.customers.set(customer.id, customer);
      return customer;
    },
    createCheckoutSession(params: Record<string, FormValue>) {
      if (params.mode !== 'subscription') throw new StripeApiError(400, 'invalid_request_error', 'Only subscription mode is supported by this double.');
      const lineItems = Array.isArray(params.line_items) ? params.line_items : [];
      if (lineItems.length === 0) throw new StripeApiError(400, 'invalid_request_error', 'line_items is required in subscription mode.');
      const customer = text(params.customer);
      if (customer && !state.customers.has(customer)) throw new StripeApiError(400, 'invalid_request_error', `No such customer: '${customer}'`, 'resource_missing');
      const id = stripeId('cs_test');
      const session: StripeObject = {
        id,
        object: 'checkout.session',
        mode: 'subscription',
        status: 'open',
        payment_status: 'unpaid',
        customer,
        client_reference_id: text(params.client_reference_id),
        metadata: record(params.metadata),
        success_url: text(params.success_url),
        cancel_url: text(params.cancel_url),
        subscription: null,
        url: `https://checkout.stripe.test/c/pay/${id}`,
        created: nowSeconds(),
        livemode: false,
        line_items: lineItems,
        subscription_data: record(params.subscription_data),
      };
      state.checkoutSessions.set(id, session);
      return publicSession(session);
    },
    createPortalSession(params: Record<string, FormValue>) {
      const customer = text(params.customer);
      if (!customer || !state.customers.has(customer)) throw new StripeApiError(400, 'invalid_request_error', 'No such customer.', 'resource_missing');
      const id = stripeId('bps');
      return { id, object: 'billing_portal.session', customer, return_url: text(params.return_url), url: `https://billing.stripe.test/p/session/${id}`, created: nowSeconds(), livemode: false };
    },
    retrieveSubscription(_params: Record<string, FormValue>, id: string) {
      const subscription = state.subscriptions.get(id);
      if (!subscription) throw new StripeApiError(404, 'invalid_request_error', `No such subscription: '${id}'`, 'resource_missing');
      return subscription;
    },
    // Deleting a customer cancels its subscriptions at once; a deleted customer is gone (404).
    deleteCustomer(_params: Record<string, FormValue>, id: string) {
      if (!state.customers.delete(id)) throw new StripeApiError(404, 'invalid_request_error', `No such customer: '${id}'`, 'resource_missing');
      for (const subscription of state.subscriptions.values()) {
        if (subscription.customer === id && subscription.status !== 'canceled') cancel(subscription);
      }
      return { id, object: 'customer', deleted: true };
    },
    cancelSubscription(_params: Record<string, FormValue>, id: string) {
      const subscription = state.subscriptions.get(id);
      if (!subscription) throw new StripeApiError(404, 'invalid_request_error', `No such subscription: '${id}'`, 'resource_missing');
      if (subscription.status === 'canceled') throw new StripeApiError(400, 'invalid_request_error', 'This subscription is already canceled.');
      return cancel(subscription);
    },
    listSubscriptions(params: Record<string, FormValue>) {
      const limit = Math.min(100, Number(text(params.limit) ?? 10));
      const status = text(params.status);
      const all = [...state.subscriptions.values()]
        .filter((sub) => status === 'all' || (status ? sub.status === status : sub.status !== 'canceled'))
        .sort((a, b) => Number(b.created) - Number(a.created));
      const after = text(params.starting_after);
      const start = after ? all.findIndex((sub) => sub.id === after) + 1 : 0;
      const data = all.slice(start, start + limit);
      return { object: 'list', url: '/v1/subscriptions', has_more: start + limit < all.length, data };
    },
  };
}
