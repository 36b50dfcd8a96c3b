import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseConfig } from '@phoenix/config';
import type { DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { generatePemKeyPair } from '@phoenix/keys';
import { createLogger } from '@phoenix/logger';
import type { RunningSubgraph } from '@phoenix/subgraph-server';
import { createTelemetry, flushTraces, shutdownTracing } from '@phoenix/telemetry';
import { ACCOUNTS_MIGRATIONS, accountsTypeDefs } from '@phoenix/accounts';
import { BILLING_MIGRATIONS, billingTypeDefs, createBillingSubgraph } from '@phoenix/billing';
import { billingEnv } from '@phoenix/billing/config';
import { LETTERS_MIGRATIONS, createLettersSubgraph, lettersTypeDefs } from '@phoenix/letters';
import { lettersEnv } from '@phoenix/letters/config';
import { parseAiConfig } from '@phoenix/ai';
import type { PhoenixGateway } from '@phoenix/gateway';
import { startOtlpReceiver, type OtlpReceiver } from '../support/otlp-receiver.js';
import { parsePrometheusText, type Exposition } from '../support/prometheus-text.js';
import { createMigratedTestDatabase, startTestAccounts, startTestGateway, startTestSubgraph } from '../support/test-services.js';

// The gateway and three subgraphs, each with its own telemetry exporting to an in-process
// OTLP receiver, every log line captured: one operation across the three subgraphs must be
// one trace, /metrics must move, and no line may carry the user's email or password.

const EMAIL = 'lea.observee@exemple.fr';
const PASSWORD = 'traces sans fuite 2024';
const METRICS_TOKEN = 'metrics-token-for-the-test-0123';
const DASHBOARD = 'query Dashboard { me { displayName subscription { plan status } letterQuota { used limit } } }';
const SUBGRAPHS = ['accounts', 'billing', 'letters'] as const;

const logLines: string[] = [];
const subgraphs: RunningSubgraph[] = [];
let receiver: OtlpReceiver;
let database: DatabaseHandle;
let gateway: PhoenixGateway;
let gatewayUrl: string;
let accessToken: string;

const capture = { write: (line: string) => void logLines.push(line) };

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  const telemetryEnv = { NODE_ENV: 'test', OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url };
  database = await createMigratedTestDatabase([EVENTS_MIGRATIONS, AUDIT_MIGRATIONS, ACCOUNTS_MIGRATIONS, BILLING_MIGRATIONS, LETTERS_MIGRATIONS]);
  const contextKeys = await generatePemKeyPair();
  const loggerOf = (name: string) => createLogger(name, 'debug', capture);
  const observed = (name: string) => ({ contextKeys, logger: loggerOf(name), telemetry: createTelemetry(name, telemetryEnv) });
  const accounts = await startTestAccounts({ database, ...observed('accounts') });
  subgraphs.push(accounts);
  const billingDefinition = await createBillingSubgraph({ database, logger: loggerOf('billing'), config: parseConfig('billing', billingEnv, { NODE_ENV: 'test' }) });
  const billing = await startTestSubgraph(billingDefinition, observed('billing'));
  subgraphs.push(billing);
  const lettersDefinition = await createLettersSubgraph({
    database,
    logger: loggerOf('letters'),
    config: parseConfig('letters', lettersEnv, { NODE_ENV: 'test' }),
    aiConfig: parseAiConfig({ AI_LOCAL_CHUNK_DELAY_MS: '0' }),
  });
  const letters = await startTestSubgraph(lettersDefinition, observed('letters'));
  subgraphs.push(letters);
  ({ gateway, url: gatewayUrl } = await startTestGateway({
    logger: loggerOf('gateway'),
    telemetry: createTelemetry('gateway', { ...telemetryEnv, METRICS_TOKEN }),
    contextKeys,
    subgraphs: [
      { name: 'accounts', url: accounts.url, typeDefs: accountsTypeDefs },
      { name: 'billing', url: billing.url, typeDefs: billingTypeDefs },
      { name: 'letters', url: letters.url, typeDefs: lettersTypeDefs },
    ],
  }));

  const signedUp = await graphql<{ signUp: { accessToken: string } }>(
    'mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
    { input: { email: EMAIL, password: PASSWORD, displayName: 'Léa' } },
  );
  accessToken = signedUp.body.data?.signUp.accessToken ?? '';
  expect(accessToken).not.toBe('');
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
  await shutdownTracing();
  await receiver?.close();
  await database?.close();
});

async function graphql<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] } };
}

async function scrape(baseUrl: string, token?: string): Promise<Exposition> {
  const response = await fetch(`${baseUrl}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return parsePrometheusText(await response.text());
}

const gatewayBase = () => gatewayUrl.replace(/\/graphql$/, '');
const subgraphBase = (index: number) => (subgraphs[index] as RunningSubgraph).url.replace(/\/graphql$/, '');

describe('one operation across three subgraphs', () => {
  it('is one trace: the gateway, a fetch per subgraph, each subgraph’s request, resolvers and SQL', async () => {
    const { body } = await graphql(DASHBOARD);
    expect(body.errors).toBeUndefined();
    await flushTraces();

    const root = receiver.spans.find((span) => span.service === 'gateway' && span.name === 'query Dashboard');
    expect(root).toBeDefined();
    const trace = receiver.spans.filter((span) => span.traceId === root?.traceId);
    const ids = new Set(trace.map((span) => span.spanId));
    // Every span but the root hangs off another span of the same trace.
    expect(trace.filter((span) => span !== root && !ids.has(span.parentSpanId ?? ''))).toEqual([]);

    for (const subgraph of SUBGRAPHS) {
      const fetchSpan = trace.find((span) => span.service === 'gateway' && span.name === `fetch ${subgraph}`);
      expect(fetchSpan).toBeDefined();
      const server = trace.find((span) => span.service === subgraph && span.parentSpanId === fetchSpan?.spanId);
      expect(server?.name).toMatch(/^query Dashboard/);
      const spans = trace.filter((span) => span.service === subgraph);
      expect(spans.some((span) => span.name.startsWith('resolve Query.'))).toBe(true);
      expect(spans.some((span) => span.attributes['db.system.name'] === 'postgresql')).toBe(true);
    }
    // No subgraph started a trace of its own for this operation.
    const dashboardServers = receiver.spans.filter((span) => span.kind === 2 && /Dashboard/.test(span.name));
    expect(new Set(dashboardServers.map((span) => span.traceId))).toEqual(new Set([root?.traceId]));
    // SQL spans carry the statement with placeholders, never the values.
    const statements = trace.map((span) => String(span.attributes['db.query.text'] ?? '')).join('\n');
    expect(statements).not.toContain(EMAIL);
  });

  it('continues the trace the browser started (W3C traceparent)', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parentId = '00f067aa0ba902b7';
    await graphql(DASHBOARD, {}, { traceparent: `00-${traceId}-${parentId}-01` });
    await flushTraces();
    const trace = receiver.spans.filter((span) => span.traceId === traceId);
    expect(trace.find((span) => span.service === 'gateway' && span.name === 'query Dashboard')?.parentSpanId).toBe(parentId);
    expect(new Set(trace.map((span) => span.service))).toEqual(new Set(['gateway', ...SUBGRAPHS]));
  });
});

describe('/metrics', () => {
  it('refuses the gateway’s metrics without the bearer token', async () => {
    expect((await fetch(`${gatewayBase()}/metrics`)).status).toBe(401);
    expect((await fetch(`${gatewayBase()}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
  });

  it('parses as Prometheus text on the gateway and on a subgraph, and moves with traffic', async () => {
    const dashboard = { operation: 'Dashboard', operation_type: 'query', outcome: 'ok' };
    const [gatewayBefore, accountsBefore] = [await scrape(gatewayBase(), METRICS_TOKEN), await scrape(subgraphBase(0))];
    await graphql(DASHBOARD);
    await graphql(DASHBOARD);
    const refused = await graphql('query Refused { me { displayName } }', {}, { authorization: 'Bearer not-a-token' });
    expect(refused.body.errors?.[0]?.extensions?.code).toBeDefined();
    const [gatewayAfter, accountsAfter] = [await scrape(gatewayBase(), METRICS_TOKEN), await scrape(subgraphBase(0))];

    const moved = (after: Exposition, before: Exposition, name: string, labels: Record<string, string>) => after.value(name, labels) - before.value(name, labels);
    expect(moved(gatewayAfter, gatewayBefore, 'phoenix_graphql_requests_total', { service: 'gateway', ...dashboard })).toBe(2);
    expect(moved(gatewayAfter, gatewayBefore, 'phoenix_graphql_request_duration_seconds_count', { service: 'gateway', operation: 'Dashboard' })).toBe(2);
    for (const subgraph of SUBGRAPHS) {
      expect(moved(gatewayAfter, gatewayBefore, 'phoenix_gateway_subgraph_requests_total', { subgraph, outcome: 'ok' })).toBeGreaterThanOrEqual(2);
    }
    expect(moved(accountsAfter, accountsBefore, 'phoenix_graphql_requests_total', { service: 'accounts', ...dashboard })).toBe(2);
    expect(moved(accountsAfter, accountsBefore, 'phoenix_http_requests_total', { service: 'accounts', route: '/graphql', status: '200' })).toBe(2);
    expect(gatewayAfter.types.get('phoenix_graphql_request_duration_seconds')).toBe('histogram');
    // The accounts consumers report their backlog, read from the database at scrape time.
    expect(accountsAfter.samples.some((sample) => sample.name === 'phoenix_event_consumer_lag' && sample.labels.consumer?.startsWith('accounts.'))).toBe(true);
  });

  it('evaluates the objectives from the gateway’s own metrics at /health/slo', async () => {
    expect((await fetch(`${gatewayBase()}/health/slo`)).status).toBe(401);
    await graphql(DASHBOARD);
    const response = await fetch(`${gatewayBase()}/health/slo`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const report = (await response.json()) as { status: string; operations: number; latencyP95: { value: number }; errorRate: { value: number } };
    expect(response.status).toBe(200);
    expect(report.operations).toBeGreaterThanOrEqual(1);
    expect(report.latencyP95.value).toBeGreaterThan(0);
    expect(report.errorRate.value).toBe(0);
    expect(['met', 'breached']).toContain(report.status);
  });
});

describe('logs of the whole run', () => {
  it('carry trace ids inside requests and never the user’s email or password', async () => {
    // The email and password also travel as inline literals, where only pattern redaction can catch them.
    await graphql(`mutation { signIn(input: { email: "${EMAIL}", password: "${PASSWORD}" }) { accessToken } }`);
    await graphql(`mutation { signIn(input: { email: "${EMAIL}", password: "not the password" }) { accessToken } }`);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.some((line) => 'trace_id' in (JSON.parse(line) as object))).toBe(true);
    const leaks = logLines.filter((line) => line.includes(EMAIL) || line.includes(PASSWORD) || line.toLowerCase().includes('observee'));
    expect(leaks).toEqual([]);
  });
});
