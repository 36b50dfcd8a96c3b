import type { Express } from 'express';
import type { Agent } from 'undici';
import { fetch } from 'undici';
import type { Logger } from '@phoenix/logger';

export interface SubgraphEndpoint {
  name: string;
  /** The routing URL in use (after overrides), e.g. `http://accounts:4001/graphql`. */
  url: string;
}

export interface ReadinessSource {
  /** The subgraphs of the loaded supergraph, or undefined while none is loaded. */
  subgraphs(): readonly SubgraphEndpoint[] | undefined;
}

export interface HealthOptions {
  readiness: ReadinessSource;
  pool: Agent;
  logger: Logger;
  /** Per-subgraph probe timeout. */
  timeoutMs?: number;
}

/** `/health/ready` of a subgraph, derived from its routing URL. */
export function healthUrl(routingUrl: string): string {
  const url = new URL(routingUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}/health/ready`;
  url.search = '';
  url.hash = '';
  return url.toString();
}

/**
 * `GET /health/live`: the process answers. `GET /health/ready`: a supergraph is loaded and
 * every subgraph's own readiness answers 200; otherwise 503, with each subgraph's status.
 */
export function mountHealthRoutes(app: Express, options: HealthOptions): void {
  const timeoutMs = options.timeoutMs ?? 2_000;

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });

  app.get('/health/ready', async (_req, res) => {
    const subgraphs = options.readiness.subgraphs();
    if (!subgraphs) {
      res.status(503).json({ status: 'unavailable', service: 'gateway', supergraph: 'missing', subgraphs: {} });
      return;
    }
    const results = await Promise.all(subgraphs.map(async ({ name, url }) => [name, await probe(url)] as const));
    for (const [name, status] of results) {
      if (status !== 'ok') options.logger.warn({ subgraph: name, status }, 'subgraph not ready');
    }
    const ready = results.every(([, status]) => status === 'ok');
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ok' : 'unavailable',
      service: 'gateway',
      supergraph: 'loaded',
      subgraphs: Object.fromEntries(results),
    });
  });

  async function probe(routingUrl: string): Promise<string> {
    try {
      const response = await fetch(healthUrl(routingUrl), { signal: AbortSignal.timeout(timeoutMs), dispatcher: options.pool });
      await response.body?.cancel();
      return response.status === 200 ? 'ok' : `http ${response.status}`;
    } catch (error) {
      return error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'unreachable';
    }
  }
}
