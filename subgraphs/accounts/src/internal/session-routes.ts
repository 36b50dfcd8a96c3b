import type { Router } from 'express';
import type { Database } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import { isSessionActive } from '../services/sessions.js';
import { isUuid } from '../services/users.js';

/**
 * `POST /internal/sessions/resolve` `{ sessionId }` → `{ active }`: whether an access token
 * naming this session may still be honoured (session not revoked, user not deleted). The
 * gateway asks before serving a bearer token, so signing out, refresh-token reuse and account
 * deletion end every access token of the session, not only its refresh tokens. Only the
 * gateway's service token reaches it (the subgraph factory checks); a body without a uuid
 * answers 400. Logs carry no identifiers.
 */
export function sessionRoutes(db: Database, logger: Logger) {
  return (router: Router): void => {
    router.post('/sessions/resolve', async (req, res) => {
      const sessionId = (req.body as { sessionId?: unknown } | undefined)?.sessionId;
      if (typeof sessionId !== 'string' || !isUuid(sessionId)) {
        res.status(400).json({ error: 'bad_request' });
        return;
      }
      const active = await isSessionActive(db, sessionId);
      if (!active) logger.info('access token refused: its session has ended');
      res.json({ active });
    });
  };
}
