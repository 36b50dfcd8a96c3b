import { badUserInput, notFound } from '@phoenix/errors';
import { requireAdmin } from '../authz.js';
import { MAX_COST_LIMIT, MAX_RATE_LIMIT, parseExpiry, parseKeyName, parseOptionalLimit, parsePartner, parseScopes } from '../domain/api-key.js';
import type { Checked } from '../domain/validation.js';
import { createApiKey, listApiKeys, revokeApiKey, rotateApiKey } from '../services/api-keys.js';
import type { CreateApiKeyInput, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { toApiKey } from './ApiKey.js';

const MAX_GRACE_SECONDS = 7 * 24 * 3600;

function valid<T>(field: string, checked: Checked<T>): T {
  if (!checked.ok) throw badUserInput(checked.message, { field });
  return checked.value;
}

function validInput(input: CreateApiKeyInput, now: Date) {
  return {
    partner: valid('partner', parsePartner(input.partner)),
    name: valid('name', parseKeyName(input.name)),
    scopes: valid('scopes', parseScopes(input.scopes)),
    costLimit: valid('costLimit', parseOptionalLimit(input.costLimit, MAX_COST_LIMIT)),
    rateLimit: valid('rateLimit', parseOptionalLimit(input.rateLimit, MAX_RATE_LIMIT)),
    expiresAt: valid('expiresAt', parseExpiry(input.expiresAt, now)),
  };
}

/** `Query.apiKeys`: administrators list partner keys. */
export const apiKeyQueries: Pick<QueryResolvers, 'apiKeys'> = {
  apiKeys: async (_root, { partner, includeRevoked }, { principal, db }) => {
    requireAdmin(principal);
    const rows = await listApiKeys(db, { partner: partner ?? undefined, includeRevoked: includeRevoked === true });
    const now = new Date();
    return rows.map((row) => toApiKey(row, now));
  },
};

/** Administrators create, revoke and rotate partner keys; each change is logged without the secret. */
export const apiKeyMutations: Pick<MutationResolvers, 'createApiKey' | 'revokeApiKey' | 'rotateApiKey'> = {
  createApiKey: async (_root, { input }, { principal, db, logger }) => {
    const admin = requireAdmin(principal);
    const { row, secret } = await createApiKey(db, validInput(input, new Date()), admin.userId);
    logger.info({ keyId: row.id, prefix: row.prefix, partner: row.partner, scopes: row.scopes, by: admin.userId }, 'API key created');
    return { apiKey: toApiKey(row), secret };
  },
  revokeApiKey: async (_root, { id }, { principal, db, logger }) => {
    const admin = requireAdmin(principal);
    const row = await revokeApiKey(db, id, admin.userId);
    if (!row) throw notFound('There is no API key with this id.');
    logger.info({ keyId: row.id, prefix: row.prefix, partner: row.partner, by: admin.userId }, 'API key revoked');
    return toApiKey(row);
  },
  rotateApiKey: async (_root, { id, graceSeconds }, { principal, db, logger }) => {
    const admin = requireAdmin(principal);
    const grace = graceSeconds ?? 0;
    if (!Number.isInteger(grace) || grace < 0 || grace > MAX_GRACE_SECONDS) throw badUserInput(`graceSeconds is from 0 to ${MAX_GRACE_SECONDS}.`, { field: 'graceSeconds' });
    const issued = await rotateApiKey(db, id, admin.userId, grace);
    if (!issued) throw notFound('There is no API key with this id.');
    if (issued === 'inactive') throw badUserInput('Only an active key can be rotated; issue a new one instead.', { field: 'id' });
    logger.info({ keyId: issued.row.id, replaces: id, prefix: issued.row.prefix, graceSeconds: grace, by: admin.userId }, 'API key rotated');
    return { apiKey: toApiKey(issued.row), secret: issued.secret };
  },
};
