import type { Agent } from 'undici';
import { fetch } from 'undici';
import { CONTEXT_TOKEN_HEADER, type ContextTokenSigner } from '@phoenix/context-token';
import { phoenixError } from '@phoenix/errors';
import type { Logger } from '@phoenix/logger';
import { GATEWAY_SERVICE_PRINCIPAL, INTERNAL_PATH } from '@phoenix/subgraph-server';

/** What accounts answers for an API key (`POST /internal/api-keys/resolve`). */
export type KeyResolution =
  | {
      status: 'active';
      keyId: string;
      partnerId: string;
      scopes: string[];
      costLimit: number | null;
      rateLimit: number | null;
      /** ISO-8601, or null for a key that does not expire. */
      expiresAt: string | null;
    }
  | { status: 'unknown' | 'revoked' | 'expired' };

/** The partner read a consent check is for, as the audit trail records it. */
export interface PartnerRead {
  keyId: string;
  operationName?: string | undefined;
  /** W3C trace id of the client's request. */
  traceId?: string | undefined;
}

export interface AccountsInternalOptions {
  /** The accounts routing URL currently in use (`…/graphql`), or undefined before a supergraph is loaded. */
  accountsUrl: () => string | undefined;
  signer: ContextTokenSigner;
  pool: Agent;
  logger: Logger;
  timeoutMs?: number;
}

/** `…/graphql` of a subgraph → `…/internal/<path>`. */
export function internalUrl(routingUrl: string, path: string): string {
  const url = new URL(routingUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}${INTERNAL_PATH}/${path}`;
  url.search = '';
  url.hash = '';
  return url.toString();
}

/**
 * The gateway's calls to accounts' internal endpoints, signed with a context token of the
 * gateway's own service principal. Any failure is SUBGRAPH_UNAVAILABLE (502): the caller
 * cannot be authenticated or authorized right now, which is not their fault.
 */
export class AccountsInternal {
  constructor(private readonly options: AccountsInternalOptions) {}

  resolveApiKey(key: string): Promise<KeyResolution> {
    return this.post<KeyResolution>('api-keys/resolve', { key });
  }

  /** Whether the session an access token names is still active (`POST /internal/sessions/resolve`). */
  resolveSession(sessionId: string): Promise<{ active: boolean }> {
    return this.post<{ active: boolean }>('sessions/resolve', { sessionId });
  }

  /**
   * The users among `userIds` who share their data with `partnerId`. Accounts records a
   * refused read in the audit trail for each of the others, in the name of `read.keyId`.
   */
  async consentingUsers(partnerId: string, userIds: readonly string[], read: PartnerRead): Promise<Set<string>> {
    const { granted } = await this.post<{ granted: string[] }>('partner-consents', { partnerId, userIds, ...read });
    return new Set(granted);
  }

  private async post<T>(path: string, body: unknown): Promise<T> {
    const accountsUrl = this.options.accountsUrl();
    if (!accountsUrl) throw unavailable();
    try {
      const response = await fetch(internalUrl(accountsUrl, path), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CONTEXT_TOKEN_HEADER]: await this.options.signer.sign(GATEWAY_SERVICE_PRINCIPAL, 'accounts') },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 3_000),
        dispatcher: this.options.pool,
      });
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`HTTP ${response.status}`);
      }
      return (await response.json()) as T;
    } catch (error) {
      this.options.logger.error({ path, reason: error instanceof Error ? error.message : String(error) }, 'accounts internal call failed');
      throw unavailable();
    }
  }
}

function unavailable() {
  const error = phoenixError('SUBGRAPH_UNAVAILABLE', 'Partner access is temporarily unavailable; try again shortly.');
  error.extensions.http = { status: 502 };
  return error;
}
