import type { Router } from 'express';
import type { Database } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import { PARTNER_SHARING_PREFIX } from '../domain/consent.js';
import { findConsentsByUserIds } from '../services/consents.js';
import { resolveApiKey } from '../services/api-keys.js';

const MAX_KEY_LENGTH = 256;
const MAX_USERS_PER_CONSENT_QUERY = 100;

/**
 * The endpoints the gateway calls under `/internal` (only with its own service token, which
 * the subgraph factory checks): API key resolution and partner consents. Malformed bodies
 * answer 400 and read nothing.
 */
export function partnerRoutes(db: Database, logger: Logger) {
  return (router: Router): void => {
    router.post('/api-keys/resolve', async (req, res) => {
      const key = (req.body as { key?: unknown } | undefined)?.key;
      if (typeof key !== 'string' || key.length > MAX_KEY_LENGTH) {
        res.status(400).json({ error: 'bad_request' });
        return;
      }
      const resolution = await resolveApiKey(db, key);
      if (resolution.status !== 'active') logger.info({ status: resolution.status }, 'API key refused');
      res.json(resolution);
    });

    router.post('/partner-consents', async (req, res) => {
      const { partnerId, userIds } = (req.body ?? {}) as { partnerId?: unknown; userIds?: unknown };
      const ids = Array.isArray(userIds) && userIds.every((id) => typeof id === 'string') ? (userIds as string[]) : undefined;
      if (typeof partnerId !== 'string' || !ids || ids.length > MAX_USERS_PER_CONSENT_QUERY) {
        res.status(400).json({ error: 'bad_request' });
        return;
      }
      const purpose = `${PARTNER_SHARING_PREFIX}${partnerId}`;
      const granted = new Set((await findConsentsByUserIds(db, ids)).filter((row) => row.purpose === purpose && row.granted).map((row) => row.userId));
      // Answer with the ids as the gateway sent them, whatever their case.
      res.json({ granted: ids.filter((id) => granted.has(id.toLowerCase())) });
    });
  };
}
