import { describe, expect, it } from '@jest/globals';
import { classify, OperationNames, statementSummary, telemetrySettings } from '../src/index.js';

describe('OperationNames', () => {
  it('keeps well-formed names up to its limit, then buckets the rest', () => {
    const names = new OperationNames(2);
    expect(names.label('Dashboard')).toBe('Dashboard');
    expect(names.label('Letters')).toBe('Letters');
    expect(names.label('Dashboard')).toBe('Dashboard');
    expect(names.label('YetAnother')).toBe('(other)');
  });

  it('names anonymous and malformed operations without echoing them', () => {
    const names = new OperationNames();
    expect(names.label(undefined)).toBe('(anonymous)');
    expect(names.label('')).toBe('(anonymous)');
    expect(names.label('drop table"; --')).toBe('(other)');
    expect(names.label('x'.repeat(65))).toBe('(other)');
  });

  it('gives a subgraph operation the client operation’s label', () => {
    expect(new OperationNames().label('Dashboard__billing__1')).toBe('Dashboard');
  });
});

describe('classify', () => {
  it('separates the caller’s mistakes from the service’s failures', () => {
    expect(classify({ status: undefined, codes: [], hasData: true })).toBe('ok');
    expect(classify({ status: 429, codes: ['RATE_LIMITED'], hasData: false })).toBe('client_error');
    expect(classify({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], hasData: false })).toBe('client_error');
    expect(classify({ status: undefined, codes: ['SUBGRAPH_UNAVAILABLE'], hasData: true })).toBe('degraded');
    expect(classify({ status: undefined, codes: ['INTERNAL_SERVER_ERROR'], hasData: false })).toBe('server_error');
    expect(classify({ status: undefined, codes: ['SOMETHING_UNCATALOGUED'], hasData: false })).toBe('server_error');
    expect(classify({ status: 503, codes: [], hasData: false })).toBe('server_error');
  });
});

describe('statementSummary', () => {
  it('names the operation and the first table, never values', () => {
    expect(statementSummary('select "id", "email" from "accounts"."users" where "email" = $1')).toBe('SELECT accounts.users');
    expect(statementSummary('insert into "events"."log" ("type") values ($1)')).toBe('INSERT events.log');
    expect(statementSummary('update "billing"."subscriptions" set "status" = $1')).toBe('UPDATE billing.subscriptions');
    expect(statementSummary('select 1')).toBe('SELECT');
  });
});

describe('telemetrySettings', () => {
  it('turns tracing on only with an OTLP endpoint, and reads empty variables as unset', () => {
    expect(telemetrySettings({}).tracesUrl).toBeUndefined();
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: '' }).tracesUrl).toBeUndefined();
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracesUrl).toBe('http://collector:4318/v1/traces');
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/custom', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:1' }).tracesUrl).toBe(
      'http://c:4318/custom',
    );
    expect(telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).tracesUrl).toBeUndefined();
  });

  it('refuses a short metrics token and a malformed endpoint', () => {
    expect(() => telemetrySettings({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => telemetrySettings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });

  it('reads the sampling ratio and resource attributes', () => {
    const settings = telemetrySettings({ OTEL_TRACES_SAMPLER_ARG: '0.25', OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=prod,team=phoenix' });
    expect(settings.sampleRatio).toBe(0.25);
    expect(settings.resourceAttributes).toEqual({ 'deployment.environment.name': 'prod', team: 'phoenix' });
  });
});
