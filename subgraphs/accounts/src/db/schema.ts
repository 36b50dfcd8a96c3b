import { sql } from 'drizzle-orm';
import { bigint, boolean, index, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TIERS } from '@phoenix/context-token';

export const accountsSchema = pgSchema('accounts');

export const tierEnum = accountsSchema.enum('tier', TIERS);

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = accountsSchema.table(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Normalised (trimmed, NFC, lower case); see domain/email.ts. */
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    tier: tierEnum('tier').notNull().default('FREE'),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('users_email_idx').on(table.email)],
);

/** A sign-in session, which is also the family of the refresh tokens rotated from its first one. */
export const sessions = accountsSchema.table(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    revokedAt: timestamptz('revoked_at'),
    /** `sign_out` or `refresh_token_reuse`. */
    revokedReason: text('revoked_reason'),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

/** Refresh tokens are stored only as their SHA-256 hash; `rotatedAt` marks one already exchanged. */
export const refreshTokens = accountsSchema.table(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    rotatedAt: timestamptz('rotated_at'),
  },
  (table) => [uniqueIndex('refresh_tokens_token_hash_idx').on(table.tokenHash), index('refresh_tokens_session_id_idx').on(table.sessionId)],
);

/** Current consent state: one row per user and purpose. */
export const consents = accountsSchema.table(
  'consents',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    granted: boolean('granted').notNull(),
    /** Version of the consent text the user was shown when deciding, e.g. `2026-01`. */
    textVersion: text('text_version').notNull().default('2026-01'),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ name: 'consents_pk', columns: [table.userId, table.purpose] })],
);

/** Append-only history of consent decisions: who changed what, when. */
export const consentChanges = accountsSchema.table(
  'consent_changes',
  {
    /** Increasing, so the history reads in the order the changes were made. */
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    granted: boolean('granted').notNull(),
    /** Version of the consent text the user was shown when deciding. */
    textVersion: text('text_version').notNull().default('2026-01'),
    /** The user id of whoever made the change (the user themself, or an admin). */
    changedBy: uuid('changed_by').notNull(),
    changedAt: timestamptz('changed_at').notNull().defaultNow(),
  },
  (table) => [index('consent_changes_user_id_idx').on(table.userId)],
);

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type RefreshTokenRow = typeof refreshTokens.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;
export type ConsentChangeRow = typeof consentChanges.$inferSelect;
