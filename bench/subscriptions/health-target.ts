import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A service whose readiness the bench switches, so the agents' health monitor sees changes. */
export interface HealthTarget {
  /** `http://127.0.0.1:<port>/health/ready` */
  readyUrl: string;
  /** A path that answers 404, for `AGENTS_SLO_URL`: no SLO report, so only the target's status changes. */
  missingUrl: string;
  isUp(): boolean;
  /** Switches between up (200) and down (503); returns the new state. */
  toggle(): boolean;
  close(): Promise<void>;
}

export async function startHealthTarget(): Promise<HealthTarget> {
  let up = true;
  const server = http.createServer((request, response) => {
    if (request.url === '/health/ready') {
      response.writeHead(up ? 200 : 503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: up ? 'ok' : 'unavailable' }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    readyUrl: `${base}/health/ready`,
    missingUrl: `${base}/no-slo-report`,
    isUp: () => up,
    toggle: () => (up = !up),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
