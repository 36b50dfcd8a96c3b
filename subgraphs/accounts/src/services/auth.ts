import type { UserPrincipal } from '@phoenix/context-token';
import type { Database } from '@phoenix/db';
import { publish } from '@phoenix/events';
import { badUserInput, forbidden, phoenixError, unauthenticated } from '@phoenix/errors';
import type { Logger } from '@phoenix/logger';
import type { UserRow } from '../db/schema.js';
import type { AccessTokenSigner } from '../domain/access-token.js';
import { currentConsentTextVersion, parseConsentPurpose, type ConsentPurpose } from '../domain/consent.js';
import { parseDisplayName } from '../domain/display-name.js';
import { normaliseEmail, parseEmail } from '../domain/email.js';
import { checkNewPassword, isWithinPasswordLimit, normalisePassword } from '../domain/password-policy.js';
import type { Checked } from '../domain/validation.js';
import { recordConsentIn } from './consents.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.js';
import { findSessionByRefreshToken, revokeSession, rotateRefreshToken, startSession, type IssuedRefreshToken } from './sessions.js';
import { findUserByEmail, findUsersByIds, insertUser } from './users.js';

export interface AuthServiceOptions {
  db: Database;
  signer: AccessTokenSigner;
  refreshTokenTtlDays: number;
  logger: Logger;
}

/** A signed-in session as `AuthPayload` returns it. */
export interface AuthResult {
  accessToken: string;
  /** ISO-8601 expiry of the access token. */
  expiresAt: string;
  refreshToken: string;
  user: UserRow;
}

/** Where a sign-up came from: the web client's pseudonymous visitor id and UTM parameters. */
export interface Attribution {
  visitorId?: string | null;
  utmSource?: string | null;
  utmMedium?: string | null;
  utmCampaign?: string | null;
}

function attributionPayload(attribution: Attribution | null | undefined) {
  if (!attribution) return {};
  const visitorId = attribution.visitorId ?? undefined;
  if (visitorId !== undefined && (visitorId.length < 8 || visitorId.length > 64)) {
    throw badUserInput('The visitor id must be 8 to 64 characters.', { field: 'attribution.visitorId' });
  }
  const utm = Object.fromEntries(
    [
      ['source', attribution.utmSource],
      ['medium', attribution.utmMedium],
      ['campaign', attribution.utmCampaign],
    ].filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length > 0),
  );
  for (const value of Object.values(utm)) {
    if (value.length > 200) throw badUserInput('UTM parameters are at most 200 characters.', { field: 'attribution' });
  }
  return { ...(visitorId ? { visitorId } : {}), ...(Object.keys(utm).length > 0 ? { utm } : {}) };
}

function valid<T>(field: string, checked: Checked<T>): T {
  if (!checked.ok) throw badUserInput(checked.message, { field });
  return checked.value;
}

function grantedPurposes(raw: readonly string[] | null | undefined): ConsentPurpose[] {
  return [...new Set((raw ?? []).map((purpose) => valid('consents', parseConsentPurpose(purpose))))];
}

const invalidCredentials = () => phoenixError('INVALID_CREDENTIALS', 'The email or the password is incorrect.');

/** Sign-up, sign-in, refresh-token rotation and sign-out. Logs user and session ids, never emails. */
export class AuthService {
  constructor(private readonly options: AuthServiceOptions) {}

  /**
   * Creates a FREE account without roles, records the consents granted with it, opens its
   * first session and announces `user.registered` (with the visit's attribution, for the
   * funnel) in one transaction. The consents are published first, so a consumer of
   * `user.registered` already sees them. Nothing is written when any input is refused.
   */
  async signUp(input: {
    email: string;
    password: string;
    displayName: string;
    attribution?: Attribution | null;
    consents?: readonly string[] | null;
  }): Promise<AuthResult> {
    const email = valid('email', parseEmail(input.email));
    const password = valid('password', checkNewPassword(input.password));
    const displayName = valid('displayName', parseDisplayName(input.displayName));
    const purposes = grantedPurposes(input.consents);
    const attribution = attributionPayload(input.attribution);
    const passwordHash = await hashPassword(password);
    const { user, issued } = await this.options.db.transaction(async (tx) => {
      const user = await insertUser(tx, { email, passwordHash, displayName });
      const now = new Date();
      for (const purpose of purposes) {
        await recordConsentIn(tx, { userId: user.id, purpose, granted: true, textVersion: currentConsentTextVersion(purpose), changedBy: user.id }, now);
      }
      const issued = await startSession(tx, user.id, this.options.refreshTokenTtlDays);
      await publish(tx, { type: 'user.registered', payload: { userId: user.id, ...attribution } });
      return { user, issued };
    });
    this.options.logger.info({ userId: user.id, sessionId: issued.sessionId }, 'user signed up');
    return this.authResult(user, issued);
  }

  /** Opens a session when email and password match; the same error and about the same time otherwise. */
  async signIn(input: { email: string; password: string }): Promise<AuthResult> {
    if (!isWithinPasswordLimit(input.password)) throw invalidCredentials();
    const password = normalisePassword(input.password);
    const user = await findUserByEmail(this.options.db, normaliseEmail(input.email));
    const matches = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
    if (!user || !matches) {
      this.options.logger.info({ userId: user?.id }, 'sign-in refused');
      throw invalidCredentials();
    }
    const issued = await this.options.db.transaction(async (tx) => {
      const started = await startSession(tx, user.id, this.options.refreshTokenTtlDays);
      await publish(tx, { type: 'user.signed_in', payload: { userId: user.id, sessionId: started.sessionId } });
      return started;
    });
    this.options.logger.info({ userId: user.id, sessionId: issued.sessionId }, 'user signed in');
    return this.authResult(user, issued);
  }

  /** Exchanges a refresh token for a new pair; see `rotateRefreshToken` for reuse handling. */
  async refresh(refreshToken: string | null | undefined): Promise<AuthResult> {
    if (!refreshToken) throw unauthenticated('No refresh token was presented.');
    const outcome = await rotateRefreshToken(this.options.db, refreshToken, this.options.refreshTokenTtlDays);
    switch (outcome.kind) {
      case 'unknown':
      case 'revoked':
        throw unauthenticated('This session has ended. Please sign in again.');
      case 'reused':
        this.options.logger.warn({ userId: outcome.userId, sessionId: outcome.sessionId }, 'refresh token reused: session revoked');
        throw unauthenticated('This session has ended. Please sign in again.');
      case 'expired':
        throw phoenixError('TOKEN_EXPIRED', 'This session has expired. Please sign in again.');
      case 'rotated': {
        const [user] = await findUsersByIds(this.options.db, [outcome.userId]);
        if (!user) throw unauthenticated('This session has ended. Please sign in again.');
        return this.authResult(user, outcome.issued);
      }
    }
  }

  /**
   * Revokes the caller's current session: the one their access token names, else the one
   * of the refresh token given, which must be theirs. True when that session is now revoked.
   */
  async signOut(principal: UserPrincipal, refreshToken: string | null | undefined): Promise<boolean> {
    let sessionId = principal.sessionId;
    if (!sessionId) {
      if (!refreshToken) throw badUserInput('Give the refresh token of the session to end.', { field: 'refreshToken' });
      const session = await findSessionByRefreshToken(this.options.db, refreshToken);
      if (!session) return false;
      if (session.userId !== principal.userId) throw forbidden('This session belongs to someone else.');
      sessionId = session.sessionId;
    }
    const revoked = await revokeSession(this.options.db, sessionId, 'sign_out', principal.userId);
    if (revoked) this.options.logger.info({ userId: principal.userId, sessionId }, 'user signed out');
    return revoked;
  }

  private async authResult(user: UserRow, issued: IssuedRefreshToken): Promise<AuthResult> {
    const access = await this.options.signer.sign({ userId: user.id, tier: user.tier, roles: user.roles, sessionId: issued.sessionId });
    return { accessToken: access.token, expiresAt: access.expiresAt.toISOString(), refreshToken: issued.refreshToken, user };
  }
}
