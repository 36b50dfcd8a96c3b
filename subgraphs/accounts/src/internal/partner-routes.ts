import type { Router } from 'express';
import { recordAudit } from '@phoenix/audit';
import type { Database } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import { PARTNER_SHARING_PREFIX } from '../domain/consent.js';
import { findConsentsByUserIds } from '../services/consents.js';
import { resolveApiKey } from '../services/api-keys.js';

const MAX_KEY_LENGTH = 256;
const MAX_USERS_PER_CONSENT_QUERY = 100;
const MAX_LABEL_LENGTH = 200;

/**
 * The endpoints the gateway calls under `/internal` (only with its own service token, which
 * the subgraph factory checks): API key resolution and partner consents. Malformed bodies
 * answer 400 and read nothing. A consent check the partner fails is the gateway refusing a
 * read: it is recorded in the audit trail before the answer (no record, no answer).
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
      const { partnerId, userIds, keyId, operationName, traceId } = (req.body ?? {}) as Record<string, unknown>;
      const ids = Array.isArray(userIds) && userIds.every((id) => typeof id === 'string') ? (userIds as string[]) : undefined;
      const labels = [keyId, operationName, traceId];
      const labelsValid = labels.every((label) => label === undefined || (typeof label === 'string' && label.length <= MAX_LABEL_LENGTH));
      if (typeof partnerId !== 'string' || !ids || ids.length > MAX_USERS_PER_CONSENT_QUERY || !labelsValid) {
        res.status(400).json({ error: 'bad_request' });
        return;
      }
      const purpose = `${PARTNER_SHARING_PREFIX}${partnerId}`;
      const granted = new Set((await findConsentsByUserIds(db, ids)).filter((row) => row.purpose === purpose && row.granted).map((row) => row.userId));
      const refused = ids.filter((id) => !granted.has(id.toLowerCase()));
      await recordAudit(
        db,
        refused.map((id) => ({
          actorKind: 'partner' as const,
          actorId: typeof keyId === 'string' ? keyId : 'unknown-key',
          partner: partnerId,
          subjectUserId: id.toLowerCase(),
          action: 'read',
          resource: 'User',
          outcome: 'refused' as const,
          operationName: typeof operationName === 'string' ? operationName : null,
          traceId: typeof traceId === 'string' ? traceId : null,
          subgraph: 'gateway',
        })),
      );
      // Answer with the ids as the gateway sent them, whatever their case.
      res.json({ granted: ids.filter((id) => granted.has(id.toLowerCase())) });
    });
  };
}
