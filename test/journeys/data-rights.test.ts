import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { queryRows } from '@phoenix/db';
import { startFakeStripe, type FakeStripe } from '../../subgraphs/billing/test/support/fake-stripe/server.js';
import { eventObject } from '../../subgraphs/billing/test/support/fake-stripe/objects.js';
import { startFullStack, type FullStack } from '../support/full-stack.js';

// Issue 14's end-to-end proof: a person uses every subgraph through the gateway, exports
// their data (one document with a section from each of the seven subgraphs), deletes their
// account, and afterwards no row in any schema of the database identifies them — read
// directly in Postgres — while the funnel still counts them. Every log line the stack wrote
// during the run is then searched for their email, name, password and tokens.

const WEBHOOK_SECRET = 'whsec_dataRightsJourney';
const SECTIONS = ['accounts', 'aube', 'letters', 'rise', 'iris', 'billing', 'agents'] as const;

let stripe: FakeStripe;
let stack: FullStack;

const person = {
  email: `heloise.quenneville.${randomUUID().slice(0, 8)}@exemple.fr`,
  password: 'nouvelle vie 2026 !',
  displayName: `Héloïse Quenneville-${randomUUID().slice(0, 6)}`,
  journal: `Entretien réussi chez Verdancia ${randomUUID().slice(0, 8)}`,
  irisQuestion: `Comment valoriser mes années de comptabilité ${randomUUID().slice(0, 8)} ?`,
};
const secrets: string[] = [];

beforeAll(async () => {
  stripe = await startFakeStripe();
  stack = await startFullStack({ stripe: { url: stripe.url, secretKey: stripe.secretKey, webhookSecret: WEBHOOK_SECRET } });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await stripe?.close();
});

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLAnswer<T>> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

async function ok<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const answer = await graphql<T>(query, variables, token);
  if (answer.errors?.length || !answer.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

async function eventually<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function signIn(email: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
  const data = await ok<{ signIn: { accessToken: string; refreshToken: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }',
    { input: { email, password } },
  );
  secrets.push(data.signIn.accessToken, data.signIn.refreshToken);
  return data.signIn;
}

async function adminToken(): Promise<string> {
  const email = `admin.${randomUUID().slice(0, 8)}@phoenix.example`;
  const password = 'administration sure 2026';
  await ok('mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }', { input: { email, password, displayName: 'Admin' } });
  await stack.database.db.execute(sql`update accounts.users set roles = '{admin}' where email = ${email}`);
  return (await signIn(email, password)).accessToken;
}

interface FunnelStep {
  name: string;
  count: number;
}

async function funnel(token: string): Promise<FunnelStep[]> {
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const data = await ok<{ funnel: { steps: FunnelStep[] } }>('query ($from: DateTime!, $to: DateTime!) { funnel(from: $from, to: $to) { steps { name count } } }', { from, to }, token);
  return data.funnel.steps;
}

/** Every row of every table of every schema the services own, as text, that contains one of `needles`. */
async function rowsMentioning(needles: readonly string[]): Promise<string[]> {
  const tables = await queryRows<{ schema: string; name: string }>(
    stack.database.db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'drizzle')
        order by 1, 2`,
  );
  expect(tables.map((table) => table.schema)).toEqual(expect.arrayContaining([...SECTIONS, 'events']));
  const patterns = needles.map((needle) => `%${needle.toLowerCase()}%`);
  const found: string[] = [];
  for (const table of tables) {
    const rows = await queryRows<{ row: string }>(
      stack.database.db,
      sql`select t::text as row from ${sql.identifier(table.schema)}.${sql.identifier(table.name)} t where lower(t::text) like any(array[${sql.join(patterns.map((pattern) => sql`${pattern}`), sql`, `)}]::text[])`,
    );
    for (const row of rows) found.push(`${table.schema}.${table.name}: ${row.row.slice(0, 200)}`);
  }
  return found;
}

describe('the rights of a person over their data', () => {
  let userId: string;
  let token: string;
  let admin: string;
  let stripeCustomerId: string | undefined;
  let funnelBefore: FunnelStep[];

  it('signs up with analytics consent and uses every subgraph', async () => {
    const visitorId = `visitor-${randomUUID()}`;
    const signedUp = await ok<{ signUp: { accessToken: string; refreshToken: string; user: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id } } }',
      { input: { email: person.email, password: person.password, displayName: person.displayName, consents: ['analytics', 'cross_app_context'], attribution: { visitorId, utmSource: 'newsletter' } } },
    );
    userId = signedUp.signUp.user.id;
    token = signedUp.signUp.accessToken;
    secrets.push(token, signedUp.signUp.refreshToken);

    const exploration = await ok<{ startExploration: { id: string } }>(
      'mutation ($input: StartExplorationInput!) { startExploration(input: $input) { id } }',
      { input: { occupationCode: 'M1203', yearsOfExperience: 15, skills: ['comptabilité', 'paie'], values: ['organiser_optimiser'], environments: ['collaboratif'], visitorId } },
      token,
    );
    expect(exploration.startExploration.id).toBeTruthy();

    const letter = await ok<{ generateLetter: { id: string; completionId: string | null } }>(
      'mutation ($input: GenerateLetterInput!) { generateLetter(input: $input) { id completionId } }',
      {
        input: {
          cvText: 'Comptable depuis quinze ans : paie, clôtures mensuelles, reporting financier, management de deux assistants.',
          offerText: 'Contrôleur de gestion pour piloter les budgets, le reporting et les clôtures dans une PME industrielle.',
          jobTitle: 'Contrôleur de gestion',
          company: 'Verdancia',
          tone: 'FORMEL',
          candidateName: person.displayName,
        },
      },
      token,
    );
    expect(letter.generateLetter.id).toBeTruthy();

    await ok('mutation ($input: LogMoodInput!) { logMood(input: $input) { id } }', { input: { mood: 4, confidence: 3, notes: person.journal } }, token);
    await ok('mutation ($input: SetGoalInput!) { setGoal(input: $input) { id } }', { input: { title: 'Devenir contrôleuse de gestion', targetDate: '2027-06-30' } }, token);

    await ok('mutation ($input: SendIrisMessageInput!) { sendIrisMessage(input: $input) { id } }', { input: { topic: 'RECONVERSION', text: person.irisQuestion } }, token);
    const reply = await eventually('the Iris reply', async () => {
      const data = await ok<{ me: { conversations: { messages: { role: string; status: string; completionId: string | null }[] }[] } }>(
        '{ me { conversations(first: 1) { messages { role status completionId } } } }',
        {},
        token,
      );
      return data.me.conversations[0]?.messages.find((message) => message.role === 'ASSISTANT' && message.status === 'COMPLETED');
    });

    const completionId = reply.completionId ?? letter.generateLetter.completionId;
    expect(completionId).toBeTruthy();
    await ok('mutation ($id: ID!) { giveFeedback(completionId: $id, rating: 5) }', { id: completionId }, token);

    const checkout = await ok<{ startCheckout: { url: string } }>('mutation { startCheckout(plan: PREMIUM) { url } }', {}, token);
    const session = [...stripe.checkoutSessions.values()].find((candidate) => candidate.url === checkout.startCheckout.url);
    expect(session).toBeDefined();
    const completed = stripe.completeCheckout(String(session?.id));
    const payload = JSON.stringify(eventObject('checkout.session.completed', completed.session));
    const signer = new Stripe('sk_test_signer', { host: '127.0.0.1', port: 9, protocol: 'http' });
    const webhook = await fetch(stack.gatewayUrl.replace('/graphql', '/webhooks/stripe'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) },
      body: payload,
    });
    expect(webhook.status).toBe(200);
    stripeCustomerId = String(completed.session.customer ?? '');
    await eventually('the subscription', async () => {
      const data = await ok<{ me: { subscription: { status: string } | null } }>('{ me { subscription { status } } }', {}, token);
      return data.me.subscription?.status === 'ACTIVE' ? true : undefined;
    });
  }, 120_000);

  it('exports one document holding data from all seven subgraphs', async () => {
    const data = await ok<{ exportMyData: Record<string, unknown> }>(
      `mutation { exportMyData { id userId generatedAt formatVersion schemaUrl ${SECTIONS.join(' ')} } }`,
      {},
      token,
    );
    const document = data.exportMyData;
    expect(document.userId).toBe(userId);
    for (const section of SECTIONS) {
      expect(document[section]).toEqual(expect.any(Object));
      // Each section holds something of this person: their id, or what they wrote or did.
      expect(JSON.stringify(document[section]).length).toBeGreaterThan(20);
    }
    const text = JSON.stringify(document);
    for (const mine of [person.email, person.journal, person.irisQuestion]) expect(text).toContain(mine);
  });

  it('erases the account everywhere, leaving aggregates that still add up', async () => {
    admin = await adminToken();
    funnelBefore = await eventually('the funnel to count the journey', async () => {
      const steps = await funnel(admin);
      const signUps = steps.find((step) => step.name === 'sign_up')?.count ?? 0;
      return signUps >= 1 && (steps.find((step) => step.name === 'subscription')?.count ?? 0) >= 1 ? steps : undefined;
    });

    const needles = [userId, person.email, person.displayName, person.journal, person.irisQuestion, ...(stripeCustomerId ? [stripeCustomerId] : [])];
    // Before: every subgraph's schema holds rows about the person, so the scan below can see them.
    const before = new Set((await rowsMentioning(needles)).map((row) => row.split('.')[0]));
    expect([...before]).toEqual(expect.arrayContaining([...SECTIONS, 'events']));

    const refused = await graphql('mutation ($email: String!) { deleteMyAccount(confirmEmail: $email) }', { email: 'quelqu.un@exemple.fr' }, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const deleted = await ok<{ deleteMyAccount: boolean }>('mutation ($email: String!) { deleteMyAccount(confirmEmail: $email) }', { email: person.email.toUpperCase() }, token);
    expect(deleted.deleteMyAccount).toBe(true);

    const erasure = await eventually(
      'every subgraph to report the erasure and the log to be pseudonymised',
      async () => {
        const answer = await ok<{ erasures: { status: string; finishedAt: string | null; steps: { subgraph: string; status: string }[] }[] }>(
          '{ erasures(first: 5) { status finishedAt steps { subgraph status } } }',
          {},
          admin,
        );
        const latest = answer.erasures[0];
        return latest?.status === 'DONE' && latest.finishedAt ? latest : undefined;
      },
      60_000,
    );
    expect(erasure.steps.map((step) => step.subgraph).sort()).toEqual([...SECTIONS].sort());

    expect(await rowsMentioning(needles)).toEqual([]);
    expect(stripe.customers.get(stripeCustomerId ?? '')).toBeUndefined();

    const signInAgain = await graphql('mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email: person.email, password: person.password } });
    expect(signInAgain.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');

    expect(await funnel(admin)).toEqual(funnelBefore);
  }, 120_000);

  it('never wrote the person’s email, name, password or tokens to a log', () => {
    expect(stack.logs.lines.length).toBeGreaterThan(0);
    const leaks = stack.logs.lines.filter((line) => [person.email, person.displayName, person.password, ...secrets].some((secret) => line.includes(secret)));
    expect(leaks).toEqual([]);
  });
});
