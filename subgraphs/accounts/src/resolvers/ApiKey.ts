import type { ApiKeyRow } from '../db/api-keys-schema.js';
import { apiKeyStatus } from '../domain/api-key.js';
import type { ApiKey } from '../__generated__/resolvers-types.js';

/** The GraphQL view of a key row: never its hash. */
export function toApiKey(row: ApiKeyRow, now = new Date()): ApiKey {
  return {
    id: row.id,
    partner: row.partner,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    costLimit: row.costLimit,
    rateLimit: row.rateLimit,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    status: apiKeyStatus(row, now),
  };
}
