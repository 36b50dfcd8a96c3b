import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { recordAudit } from '@phoenix/audit';
import type { Database, Transaction } from '@phoenix/db';
import { apiKeys, type ApiKeyRow } from '../db/api-keys-schema.js';
import { apiKeyStatus, generateApiKey, matchesHash, prefixOf } from '../domain/api-key.js';
import { isUuid } from './users.js';

/** A validated request for a new key. */
export interface NewApiKey {
  partner: string;
  name: string;
  scopes: string[];
  costLimit: number | null;
  rateLimit: number | null;
  expiresAt: Date | null;
}

/** A key row and its secret, which exists only in this value. */
export interface IssuedApiKey {
  row: ApiKeyRow;
  secret: string;
}

/** What the gateway learns about a presented key (`POST /internal/api-keys/resolve`). */
export type KeyResolution =
  | { status: 'active'; keyId: string; partnerId: string; scopes: string[]; costLimit: number | null; rateLimit: number | null; expiresAt: string | null }
  | { status: 'unknown' | 'revoked' | 'expired' };

// postgres.js cannot send a Date inside raw SQL (PGlite can): pass an ISO string, typed.
function timestamp(date: Date) {
  return sql`${date.toISOString()}::timestamptz`;
}

/** The audit trail's record of an administrator setting `field` of a key (never its secret). */
function recordKeyChange(tx: Transaction, by: string, keyId: string, field: 'createdAt' | 'revokedAt' | 'expiresAt') {
  return recordAudit(tx, { actorKind: 'admin', actorId: by, action: 'change', resource: `ApiKey:${keyId}`, fields: [`ApiKey.${field}`], outcome: 'allowed', subgraph: 'accounts' });
}

// Recording every use would write on every gateway cache miss; once a minute is enough to audit.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Creates a key. Prefixes are 8 random characters (36^8 of them), so a clash with the unique
 * index is left to fail loudly rather than retried.
 */
export async function createApiKey(db: Database | Transaction, key: NewApiKey, createdBy: string, rotatedFrom?: string): Promise<IssuedApiKey> {
  const generated = generateApiKey();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ ...key, prefix: generated.prefix, secretHash: generated.hash, createdBy, ...(rotatedFrom ? { rotatedFrom } : {}) })
      .returning();
    if (!row) throw new Error('insert into accounts.api_keys returned no row');
    await recordKeyChange(tx, createdBy, row.id, 'createdAt');
    return { row, secret: generated.secret };
  });
}

/** Keys, newest first, of one partner or all; revoked ones only on request. */
export async function listApiKeys(db: Database, filter: { partner?: string | undefined; includeRevoked: boolean }): Promise<ApiKeyRow[]> {
  const conditions = [
    ...(filter.partner ? [eq(apiKeys.partner, filter.partner)] : []),
    ...(filter.includeRevoked ? [] : [isNull(apiKeys.revokedAt)]),
  ];
  return db.select().from(apiKeys).where(and(...conditions)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id)).limit(1_000);
}

export async function findApiKey(db: Database | Transaction, id: string): Promise<ApiKeyRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
  return row;
}

/** Revokes a key at once; revoking it again changes nothing. Undefined when there is no such key. */
export async function revokeApiKey(db: Database | Transaction, id: string, revokedBy: string, now = new Date()): Promise<ApiKeyRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, ${timestamp(now)})`, revokedBy: sql`coalesce(${apiKeys.revokedBy}, ${revokedBy}::uuid)` })
      .where(eq(apiKeys.id, id))
      .returning();
    if (row) await recordKeyChange(tx, revokedBy, row.id, 'revokedAt');
    return row;
  });
}

/**
 * Replaces a working key by a new one with the same partner, scopes and limits. The old key
 * keeps working for `graceSeconds` (0: revoked at once), so the partner can switch without
 * an outage. Undefined when there is no such key; `inactive` when it is revoked or expired.
 */
export async function rotateApiKey(db: Database, id: string, by: string, graceSeconds: number, now = new Date()): Promise<IssuedApiKey | 'inactive' | undefined> {
  return db.transaction(async (tx) => {
    const old = await findApiKey(tx, id);
    if (!old) return undefined;
    if (apiKeyStatus(old, now) !== 'ACTIVE') return 'inactive';
    const { partner, name, scopes, costLimit, rateLimit, expiresAt } = old;
    const issued = await createApiKey(tx, { partner, name, scopes, costLimit, rateLimit, expiresAt }, by, old.id);
    if (graceSeconds === 0) {
      await revokeApiKey(tx, old.id, by, now);
    } else {
      const until = timestamp(new Date(now.getTime() + graceSeconds * 1000));
      await tx
        .update(apiKeys)
        .set({ expiresAt: sql`least(coalesce(${apiKeys.expiresAt}, ${until}), ${until})` })
        .where(eq(apiKeys.id, old.id));
      await recordKeyChange(tx, by, old.id, 'expiresAt');
    }
    return issued;
  });
}

/** Finds the key a partner presents, in constant time once its prefix matched, and notes its use. */
export async function resolveApiKey(db: Database, presented: string, now = new Date()): Promise<KeyResolution> {
  const prefix = prefixOf(presented);
  if (!prefix) return { status: 'unknown' };
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.prefix, prefix)).limit(1);
  if (!row || !matchesHash(presented, row.secretHash)) return { status: 'unknown' };
  const status = apiKeyStatus(row, now);
  if (status === 'REVOKED') return { status: 'revoked' };
  if (status === 'EXPIRED') return { status: 'expired' };
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - LAST_USED_RESOLUTION_MS)))));
  return {
    status: 'active',
    keyId: row.id,
    partnerId: row.partner,
    scopes: row.scopes,
    costLimit: row.costLimit,
    rateLimit: row.rateLimit,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}
