import type { Router } from 'express';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Plays accounts' `/internal/sessions/resolve` for gateway tests: every session is active
 * until revoked here; `unavailable` makes the endpoint fail as an accounts outage would.
 */
export class TestSessions {
  private readonly revoked = new Set<string>();
  unavailable = false;
  /** Sessions asked about, in order. */
  readonly asked: string[] = [];

  revoke(sessionId: string): void {
    this.revoked.add(sessionId.toLowerCase());
  }

  routes = (router: Router): void => {
    router.post('/sessions/resolve', (req, res) => {
      const sessionId = (req.body as { sessionId?: unknown }).sessionId;
      if (typeof sessionId !== 'string' || !UUID.test(sessionId)) {
        res.status(400).json({ error: 'bad_request' });
        return;
      }
      this.asked.push(sessionId);
      if (this.unavailable) {
        res.status(503).json({ error: 'unavailable' });
        return;
      }
      res.json({ active: !this.revoked.has(sessionId.toLowerCase()) });
    });
  };
}
