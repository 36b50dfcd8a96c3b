import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '@phoenix/config';
import { freePorts } from './free-port.js';

/**
 * Environment for running `scripts/start.ts` beside anything else on this machine: the
 * gateway and every subgraph of supergraph.yaml on their own free ports, and every URL that
 * names one of them pointed at it.
 */
export async function stackEnvironment(): Promise<{ gatewayPort: number; env: Record<string, string> }> {
  const names = Object.keys((parse(readFileSync(join(repoRoot, 'supergraph.yaml'), 'utf8')) as { subgraphs: Record<string, unknown> }).subgraphs);
  const [gatewayPort, ...ports] = await freePorts(names.length + 1);
  const env: Record<string, string> = { PORT: String(gatewayPort) };
  const health: string[] = [`gateway=http://127.0.0.1:${gatewayPort}/health/ready`];
  names.forEach((name, index) => {
    const port = ports[index];
    const stem = name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    const base = `http://127.0.0.1:${port}`;
    env[`${stem}_PORT`] = String(port);
    env[`SUBGRAPH_${stem}_URL`] = `${base}/graphql`;
    health.push(`${name}=${base}/health/ready`);
    if (name === 'accounts') env.ACCOUNTS_JWKS_URL = `${base}/.well-known/jwks.json`;
    if (name === 'billing') env.BILLING_WEBHOOK_URL = `${base}/webhooks/stripe`;
    if (name === 'aube') env.AUBE_REPORTS_URL = `${base}/reports`;
  });
  env.AUBE_PUBLIC_URL = `http://127.0.0.1:${gatewayPort}`;
  env.ACCOUNTS_PUBLIC_URL = `http://127.0.0.1:${gatewayPort}`;
  env.AGENTS_HEALTH_TARGETS = health.join(',');
  env.AGENTS_SLO_URL = `http://127.0.0.1:${gatewayPort}/health/slo`;
  return { gatewayPort: gatewayPort as number, env };
}
