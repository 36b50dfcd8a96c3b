import type { Tier } from '../__generated__/graphql';
import { isSessionEnded } from '../errors/problem';
import type { SessionHint } from './session-hint';
import type { TokenStore } from './token-store';

export interface SessionUser {
  id: string;
  displayName: string;
  tier: Tier;
  /** `admin` opens the admin screens; the gateway checks it again on every call. */
  roles: readonly string[];
}

/** What `signIn`, `signUp` and `refreshSession` return, minus the refresh token (it lives in the cookie). */
export interface SessionPayload {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

/** Why the person ended their own session: signing out, or deleting their account. */
export type SignOutReason = 'signedOut' | 'accountDeleted';

export type SessionState =
  | { status: 'unknown' }
  | { status: 'anonymous'; reason?: SignOutReason | 'expired' }
  | { status: 'signedIn'; user: SessionUser };

/** The GraphQL calls the session needs; Apollo provides them (see apollo/session-transport.ts). */
export interface SessionTransport {
  refresh(): Promise<SessionPayload>;
  signOut(): Promise<void>;
  /** Forgets the previous identity's cached data and refetches what is on screen. */
  reset(): Promise<void>;
}

const REFRESH_AHEAD_MS = 60_000;
const FRESH_MARGIN_MS = 30_000;
const MIN_DELAY_MS = 5_000;
const RETRY_DELAY_MS = 30_000;
const REFRESH_LOCK = 'phoenix-session-refresh';

/**
 * The signed-in state of this tab: keeps the access token fresh through the refresh cookie
 * and tells React (useSyncExternalStore) when the state changes.
 */
export class SessionManager {
  #state: SessionState = { status: 'unknown' };
  readonly #listeners = new Set<() => void>();
  #transport: SessionTransport | undefined;
  #refreshing: Promise<boolean> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started = false;

  constructor(
    private readonly tokens: TokenStore,
    private readonly hint: SessionHint,
  ) {}

  connect(transport: SessionTransport): void {
    this.#transport = transport;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionState => this.#state;

  /** Resumes the session of the cookie, if this browser has one. Safe to call more than once. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    if (this.hint.present()) void this.refresh();
    else this.#set({ status: 'anonymous' });
  }

  /** Takes the session a sign-in or sign-up just opened. */
  accept(payload: SessionPayload): void {
    const expiresAt = Date.parse(payload.expiresAt);
    this.tokens.set({ token: payload.accessToken, expiresAt });
    this.hint.remember();
    this.#set({ status: 'signedIn', user: payload.user });
    this.#schedule(expiresAt - Date.now() - REFRESH_AHEAD_MS);
  }

  /** Renews the access token; one request at a time in this tab, and across tabs when the browser can lock. */
  refresh(): Promise<boolean> {
    this.#refreshing ??= this.#refreshOnce().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  /** Waits for a renewal when the access token is about to expire, so a request never leaves with a stale one. */
  async ensureFreshToken(): Promise<void> {
    if (this.#state.status === 'signedIn' && !this.tokens.isFresh(FRESH_MARGIN_MS)) await this.refresh();
  }

  /**
   * Ends the session on the server (which clears the cookie) and here, whatever the server
   * answers. After `deleteMyAccount` the gateway has already ended every session and cleared
   * the cookie in that answer, so only this tab's state is left to forget.
   */
  async signOut(reason: SignOutReason = 'signedOut'): Promise<void> {
    if (reason !== 'accountDeleted') {
      try {
        await this.#requireTransport().signOut();
      } catch {
        // The tab forgets the session anyway; an unreachable server lets the cookie expire.
      }
    }
    this.#end(reason);
    await this.#requireTransport()
      .reset()
      .catch(() => undefined);
  }

  /** Cancels the scheduled renewal (tests, hot reload). */
  stop(): void {
    clearTimeout(this.#timer);
  }

  /** Another tab signed out: follow it. */
  endedElsewhere(): void {
    if (this.#state.status === 'signedIn') this.#end('signedOut');
  }

  async #refreshOnce(): Promise<boolean> {
    const transport = this.#requireTransport();
    try {
      // Refresh tokens are single use: two tabs presenting the same cookie would revoke the session.
      const payload = await withLock(() => transport.refresh());
      this.accept(payload);
      return true;
    } catch (error) {
      if (isSessionEnded(error)) this.#end(this.#state.status === 'signedIn' ? 'expired' : undefined);
      else if (this.#state.status === 'unknown') this.#set({ status: 'anonymous' });
      else this.#schedule(RETRY_DELAY_MS);
      return false;
    }
  }

  #end(reason: SignOutReason | 'expired' | undefined): void {
    clearTimeout(this.#timer);
    this.tokens.set(null);
    this.hint.forget();
    this.#set(reason ? { status: 'anonymous', reason } : { status: 'anonymous' });
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.refresh(), Math.max(delayMs, MIN_DELAY_MS));
  }

  #set(state: SessionState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }

  #requireTransport(): SessionTransport {
    if (!this.#transport) throw new Error('SessionManager.connect() was not called');
    return this.#transport;
  }
}

async function withLock<T>(run: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return run();
  return await navigator.locks.request(REFRESH_LOCK, run);
}
