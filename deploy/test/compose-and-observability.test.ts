import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { repoRoot } from '@phoenix/config';
import { registry } from '@phoenix/telemetry';
import { deployables, healthTargets } from './support/deployables.js';

// docker-compose.yml and the observability configuration must follow the services the code
// has, and every metric they or the runbooks name must be one the services export.

interface ComposeService {
  build?: { context: string; args?: { SERVICE?: string } };
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown> | string[];
  profiles?: string[];
  volumes?: string[];
}

const compose = parse(readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
const OBSERVABILITY = ['otel-collector', 'jaeger', 'prometheus'];
const exported = registry.getMetricsAsArray().map((metric) => metric.name);

describe('docker-compose.yml', () => {
  it('runs every service from the one image, wired to the others', () => {
    const gateway = compose.services.gateway as ComposeService;
    for (const service of deployables()) {
      const entry = compose.services[service.name];
      expect(entry?.build).toEqual({ context: '.', args: { SERVICE: service.name } });
      expect(entry?.environment).toMatchObject({ OTEL_EXPORTER_OTLP_ENDPOINT: expect.any(String), METRICS_TOKEN: expect.any(String) });
      if (!service.subgraph) continue;
      expect(entry?.environment?.[`${service.stem}_PORT`]).toBe(String(service.port));
      expect(gateway.environment?.[`SUBGRAPH_${service.stem}_URL`]).toBe(`http://${service.name}:${service.port}/graphql`);
      expect(Object.keys(gateway.depends_on ?? {})).toContain(service.name);
    }
    const targets = healthTargets(compose.services.agents?.environment?.AGENTS_HEALTH_TARGETS ?? '');
    expect([...targets.keys()].sort()).toEqual(deployables().map((s) => s.name).sort());
  });

  it('keeps the collector, Jaeger and Prometheus in the observability profile, with files that exist', () => {
    for (const name of OBSERVABILITY) {
      const entry = compose.services[name];
      expect(entry?.profiles).toEqual(['observability']);
      for (const volume of entry?.volumes ?? []) {
        const source = volume.split(':')[0] ?? '';
        if (source.startsWith('./')) expect(existsSync(join(repoRoot, source))).toBe(true);
      }
    }
    const unprofiled = Object.entries(compose.services).filter(([, entry]) => !entry.profiles).map(([name]) => name);
    expect(unprofiled.sort()).toEqual(['postgres', ...deployables().map((s) => s.name)].sort());
  });
});

describe('observability configuration', () => {
  it('has the collector receive OTLP/HTTP on 4318 and forward traces to Jaeger', () => {
    const collector = parse(readFileSync(join(repoRoot, 'deploy', 'observability', 'otel-collector.yaml'), 'utf8')) as {
      receivers: { otlp: { protocols: { http: { endpoint: string } } } };
      exporters: Record<string, { endpoint: string }>;
      service: { pipelines: { traces: { receivers: string[]; exporters: string[] } } };
    };
    expect(collector.receivers.otlp.protocols.http.endpoint).toBe('0.0.0.0:4318');
    expect(collector.service.pipelines.traces.receivers).toEqual(['otlp']);
    const [exporter] = collector.service.pipelines.traces.exporters;
    expect(collector.exporters[exporter ?? '']?.endpoint).toBe('jaeger:4317');
  });

  it('has Prometheus scrape every service', () => {
    const prometheus = parse(readFileSync(join(repoRoot, 'deploy', 'observability', 'prometheus.yml'), 'utf8')) as {
      scrape_configs: { static_configs: { targets: string[] }[] }[];
    };
    const targets = prometheus.scrape_configs.flatMap((job) => job.static_configs.flatMap((config) => config.targets));
    expect(targets.sort()).toEqual(deployables().map((s) => `${s.name}:${s.port}`).sort());
  });

  it('alerts only on metrics the services export, each with a runbook that exists', () => {
    const alerts = readFileSync(join(repoRoot, 'deploy', 'observability', 'alerts.yml'), 'utf8');
    const referenced = new Set([...alerts.matchAll(/\bphoenix_[a-z_]+/g)].map(([name]) => name.replace(/_(bucket|count|sum)$/, '')));
    expect([...referenced].filter((name) => !exported.includes(name))).toEqual([]);
    const operations = readFileSync(join(repoRoot, 'docs', 'operations.md'), 'utf8');
    const anchors = new Set([...operations.matchAll(/^#+ (.+)$/gm)].map(([, title]) => (title ?? '').toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')));
    for (const [, anchor] of alerts.matchAll(/runbook: docs\/operations\.md#([a-z0-9-]+)/g)) expect(anchors).toContain(anchor);
  });

  it('documents every exported metric in the catalogue of docs/operations.md', () => {
    const operations = readFileSync(join(repoRoot, 'docs', 'operations.md'), 'utf8');
    expect(exported.filter((name) => name.startsWith('phoenix_') && !operations.includes(`\`${name}\``))).toEqual([]);
  });
});
