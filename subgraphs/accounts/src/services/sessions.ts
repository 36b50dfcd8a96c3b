import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { refreshTokens, sessions, users } from '../db/schema.js';
import { generateRefreshToken, hashRefreshToken, isWellFormedRefreshToken, refreshTokenExpiry } from '../domain/refresh-token.js';
import { isUuid } from './users.js';

export type RevocationReason = 'sign_out' | 'refresh_token_reuse';

export interface IssuedRefreshToken {
  sessionId: string;
  refreshToken: string;
  expiresAt: Date;
}

/** What presenting a refresh token led to. Only `rotated` yields a usable session. */
export type RotationOutcome =
  | { kind: 'rotated'; userId: string; issued: IssuedRefreshToken }
  | { kind: 'unknown' }
  | { kind: 'revoked'; userId: string; sessionId: string }
  | { kind: 'reused'; userId: string; sessionId: string }
  | { kind: 'expired'; userId: string; sessionId: string };

async function insertRefreshToken(db: Database | Transaction, sessionId: string, ttlDays: number, now: Date): Promise<IssuedRefreshToken> {
  const refreshToken = generateRefreshToken();
  const expiresAt = refreshTokenExpiry(now, ttlDays);
  await db.insert(refreshTokens).values({ sessionId, tokenHash: hashRefreshToken(refreshToken), createdAt: now, expiresAt });
  return { sessionId, refreshToken, expiresAt };
}

/** Opens a session (a new refresh-token family) for a user and issues its first refresh token. */
export async function startSession(db: Database | Transaction, userId: string, ttlDays: number, now = new Date()): Promise<IssuedRefreshToken> {
  const [session] = await db.insert(sessions).values({ userId, createdAt: now }).returning({ id: sessions.id });
  if (!session) throw new Error('insert into accounts.sessions returned no row');
  return insertRefreshToken(db, session.id, ttlDays, now);
}

/** The session a refresh token belongs to, looked up by the token's hash. */
export async function findSessionByRefreshToken(db: Database, presented: string): Promise<{ sessionId: string; userId: string } | undefined> {
  if (!isWellFormedRefreshToken(presented)) return undefined;
  const [row] = await db
    .select({ sessionId: sessions.id, userId: sessions.userId })
    .from(refreshTokens)
    .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
    .where(eq(refreshTokens.tokenHash, hashRefreshToken(presented)))
    .limit(1);
  return row;
}

/**
 * Revokes a whole session, which kills every refresh token of its family. With `userId`,
 * only a session of that user is touched. True when the session exists and is now revoked.
 */
export async function revokeSession(db: Database | Transaction, sessionId: string, reason: RevocationReason, userId?: string): Promise<boolean> {
  if (!isUuid(sessionId)) return false;
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: sql`coalesce(${sessions.revokedAt}, now())`, revokedReason: sql`coalesce(${sessions.revokedReason}, ${reason})` })
    .where(userId ? and(eq(sessions.id, sessionId), eq(sessions.userId, userId)) : eq(sessions.id, sessionId))
    .returning({ id: sessions.id });
  return revoked.length > 0;
}

/**
 * True when the session exists, is not revoked and its user still exists: what an access
 * token naming it needs to be honoured. A deleted account has no sessions left, but the
 * join keeps the answer right whatever the order of the deletions.
 */
export async function isSessionActive(db: Database, sessionId: string): Promise<boolean> {
  if (!isUuid(sessionId)) return false;
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .limit(1);
  return row !== undefined;
}

/**
 * Exchanges a refresh token for its successor. A token that was already exchanged means it
 * leaked (or a client misbehaves): the whole family is revoked, successor included.
 */
export async function rotateRefreshToken(db: Database, presented: string, ttlDays: number, now = new Date()): Promise<RotationOutcome> {
  if (!isWellFormedRefreshToken(presented)) return { kind: 'unknown' };
  const [found] = await db
    .select({ tokenId: refreshTokens.id, expiresAt: refreshTokens.expiresAt, rotatedAt: refreshTokens.rotatedAt, session: sessions })
    .from(refreshTokens)
    .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
    .where(eq(refreshTokens.tokenHash, hashRefreshToken(presented)))
    .limit(1);
  if (!found) return { kind: 'unknown' };
  const { session } = found;
  const subject = { userId: session.userId, sessionId: session.id };
  if (found.rotatedAt) {
    await revokeSession(db, session.id, 'refresh_token_reuse');
    return { kind: 'reused', ...subject };
  }
  if (session.revokedAt) return { kind: 'revoked', ...subject };
  if (found.expiresAt.getTime() <= now.getTime()) return { kind: 'expired', ...subject };

  const issued = await db.transaction(async (tx) => {
    // The conditional update is the claim: of two concurrent exchanges of one token, one wins.
    const claimed = await tx
      .update(refreshTokens)
      .set({ rotatedAt: now })
      .where(and(eq(refreshTokens.id, found.tokenId), isNull(refreshTokens.rotatedAt)))
      .returning({ id: refreshTokens.id });
    return claimed.length === 0 ? undefined : insertRefreshToken(tx, session.id, ttlDays, now);
  });
  if (!issued) {
    await revokeSession(db, session.id, 'refresh_token_reuse');
    return { kind: 'reused', ...subject };
  }
  return { kind: 'rotated', userId: session.userId, issued };
}
