import { sql } from 'drizzle-orm';
import { index, integer, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accountsSchema } from './schema.js';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Partner API keys. The secret is stored only as its SHA-256; the visible prefix finds the
 * row. A key stops working when revoked or past its expiry; rows are kept for the audit trail.
 */
export const apiKeys = accountsSchema.table(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Partner slug, as in the `partner_sharing:<partner>` consent purpose. */
    partner: text('partner').notNull(),
    name: text('name').notNull(),
    /** `phx_` and 8 characters: shown in lists and logs, unique. */
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull().default(sql`'{}'::text[]`),
    /** Highest estimated cost of one operation; null for the gateway's partner default. */
    costLimit: integer('cost_limit'),
    /** Cost points restored per second; null for the gateway's partner default. */
    rateLimit: integer('rate_limit'),
    expiresAt: timestamptz('expires_at'),
    lastUsedAt: timestamptz('last_used_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    /** The administrator who created (or rotated) the key. */
    createdBy: uuid('created_by').notNull(),
    revokedAt: timestamptz('revoked_at'),
    revokedBy: uuid('revoked_by'),
    /** The key this one replaced, when it was made by a rotation. */
    rotatedFrom: uuid('rotated_from'),
  },
  (table) => [uniqueIndex('api_keys_prefix_idx').on(table.prefix), index('api_keys_partner_idx').on(table.partner)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
