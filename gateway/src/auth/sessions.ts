import { GraphQLError } from 'graphql';
import { phoenixError } from '@phoenix/errors';
import type { AccountsInternal } from './accounts-internal.js';
import { TtlCache } from './ttl-cache.js';

/** `extensions.reason` of the UNAUTHENTICATED error for an access token whose session has ended. */
export const SESSION_REVOKED = 'SESSION_REVOKED';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_ENTRIES = 10_000;

export interface SessionCheckOptions {
  /** How long an answer of accounts is reused (`GATEWAY_SESSION_CACHE_SECONDS`). */
  ttlMs: number;
  /**
   * While accounts cannot answer, how long after it last said "active" a session keeps being
   * honoured (`GATEWAY_SESSION_STALE_SECONDS`); 0 refuses every token at once.
   */
  staleMs: number;
  now?: () => number;
}

/** The user and session an access token names. */
export interface TokenSession {
  userId: string;
  sessionId: string;
}

/**
 * Whether the session of an access token is still active, asked of accounts and cached for
 * `ttlMs`: signing out, a reused refresh token or a deleted account end the session's access
 * tokens within that time (at once for what this gateway served itself: see `endSession`).
 */
export class SessionChecker {
  private readonly answers: TtlCache<boolean>;
  /** Session id → when accounts last said it was active. */
  private readonly lastActive = new Map<string, number>();
  /** `session:<id>` / `user:<id>` → until when it is refused without asking (ms). */
  private readonly ended = new Map<string, number>();
  private readonly now: () => number;

  constructor(
    private readonly accounts: Pick<AccountsInternal, 'resolveSession'>,
    private readonly options: SessionCheckOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.answers = new TtlCache(options.ttlMs, MAX_ENTRIES, this.now);
  }

  /**
   * Resolves when the session may be used; UNAUTHENTICATED (401, `reason: SESSION_REVOKED`)
   * when it has ended or never existed, SUBGRAPH_UNAVAILABLE (502) when accounts cannot say
   * and did not say "active" within the last `staleMs`.
   */
  async check({ userId, sessionId }: TokenSession): Promise<void> {
    const id = sessionId.toLowerCase();
    if (!UUID.test(id) || this.isEnded(`session:${id}`) || this.isEnded(`user:${userId.toLowerCase()}`)) throw sessionEnded();
    let active: boolean;
    try {
      active = await this.answers.get(id, () => this.ask(id));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const seen = this.lastActive.get(id);
      // Accounts (or its database) being down records no revocation either: what it last said still holds for a while.
      if (seen !== undefined && this.now() - seen <= this.options.staleMs) return;
      throw unavailable();
    }
    if (!active) throw sessionEnded();
  }

  /** This gateway just served a successful sign-out of the session: refuse it at once, not after the cache expires. */
  endSession(sessionId: string): void {
    const id = sessionId.toLowerCase();
    this.lastActive.delete(id);
    this.markEnded(`session:${id}`);
  }

  /** This gateway just served the deletion of the user's account: refuse every session of theirs at once. */
  endUser(userId: string): void {
    this.markEnded(`user:${userId.toLowerCase()}`);
  }

  private async ask(id: string): Promise<boolean> {
    const { active } = await this.accounts.resolveSession(id);
    if (active !== true) {
      this.lastActive.delete(id);
      return false;
    }
    if (this.lastActive.size >= MAX_ENTRIES) this.lastActive.clear();
    this.lastActive.set(id, this.now());
    return true;
  }

  // Long enough to outlive any "active" answer cached or remembered before the end.
  private markEnded(key: string): void {
    if (this.ended.size >= MAX_ENTRIES) this.ended.clear();
    this.ended.set(key, this.now() + Math.max(this.options.ttlMs, this.options.staleMs));
  }

  private isEnded(key: string): boolean {
    const until = this.ended.get(key);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.ended.delete(key);
    return false;
  }
}

function sessionEnded() {
  const error = phoenixError('UNAUTHENTICATED', 'Your session has ended (signed out, or the account was deleted); sign in again.', { reason: SESSION_REVOKED });
  error.extensions.http = { status: 401 };
  return error;
}

function unavailable() {
  const error = phoenixError('SUBGRAPH_UNAVAILABLE', 'Signing in is temporarily unavailable; try again shortly.');
  error.extensions.http = { status: 502 };
  return error;
}
