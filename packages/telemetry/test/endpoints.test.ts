import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { context, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import express from 'express';
import { buildSchema } from 'graphql';
import { createLogger } from '@phoenix/logger';
import { createTelemetry, recordCircuitState, subscriptionMetrics, trackEventConsumer } from '../src/index.js';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(env: Record<string, string>): Promise<string> {
  const app = express();
  const telemetry = createTelemetry('probe', env);
  app.use(telemetry.middleware);
  telemetry.mountMetrics(app, createLogger('probe', 'silent'));
  const server = http.createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('/metrics access', () => {
  it('is open outside production when no token is set', async () => {
    const base = await serve({ NODE_ENV: 'development' });
    expect((await fetch(`${base}/metrics`)).status).toBe(200);
  });

  it('is not served in production without METRICS_TOKEN', async () => {
    const base = await serve({ NODE_ENV: 'production' });
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
  });

  it('requires the bearer token when one is set', async () => {
    const token = 'a-long-enough-metrics-token';
    const base = await serve({ NODE_ENV: 'production', METRICS_TOKEN: token });
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Basic ${token}` } })).status).toBe(401);
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('# TYPE phoenix_http_requests_total counter');
  });
});

describe('metrics other packages report', () => {
  it('exposes subscription, circuit and event-consumer series', async () => {
    const base = await serve({ NODE_ENV: 'test' });
    const ws = subscriptionMetrics('probe');
    ws.connectionOpened();
    ws.subscriptionStarted('irisReply');
    ws.delivered('irisReply');
    recordCircuitState('openai-compatible', 'open');
    const untrack = trackEventConsumer('probe.consumer', async () => ({ lag: 7, deadLetters: 2 }));
    trackEventConsumer('probe.broken', async () => {
      throw new Error('database unreachable');
    });
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('phoenix_websocket_connections{service="probe"} 1');
    expect(text).toContain('phoenix_subscription_deliveries_total{service="probe",subscription="irisReply"} 1');
    expect(text).toContain('phoenix_ai_circuit_state{provider="openai-compatible"} 2');
    expect(text).toContain('phoenix_event_consumer_lag{consumer="probe.consumer"} 7');
    expect(text).toContain('phoenix_event_dead_letters{consumer="probe.consumer"} 2');
    expect(text).not.toContain('probe.broken');
    untrack();
    expect(await (await fetch(`${base}/metrics`)).text()).not.toContain('probe.consumer');
  });
});

describe('tracing off (no OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  it('creates no tracer, registers no context manager and leaves the schema as it is', () => {
    const telemetry = createTelemetry('quiet', { NODE_ENV: 'test' });
    expect(telemetry.tracer).toBeUndefined();
    const schema = buildSchema('type Query { hello: String }');
    const resolve = schema.getQueryType()?.getFields().hello?.resolve;
    expect(telemetry.instrumentSchema(schema).getQueryType()?.getFields().hello?.resolve).toBe(resolve);
    // The API's no-op context manager: nothing is ever made active.
    const span = trace.wrapSpanContext({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: 1 });
    expect(context.with(trace.setSpan(ROOT_CONTEXT, span), () => trace.getSpan(context.active()))).toBeUndefined();
  });
});
