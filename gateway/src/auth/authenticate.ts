import type { IncomingHttpHeaders } from 'node:http';
import { ANONYMOUS, type Principal } from '@phoenix/context-token';
import { phoenixError, type ErrorCode } from '@phoenix/errors';
import type { Logger } from '@phoenix/logger';
import type { PartnerKeyLimits } from '../cost/limits.js';
import { AccessTokenError, verifyAccessToken, type KeySource, type SessionPrincipal } from './access-token.js';
import type { ApiKeyResolver } from './api-keys.js';
import type { SessionChecker } from './sessions.js';

/** Who is calling, and for a partner key its own limits. */
export interface Authenticated {
  principal: Principal;
  partnerLimits?: PartnerKeyLimits;
}

export interface Credentials {
  keys: KeySource;
  apiKeys: Pick<ApiKeyResolver, 'resolve'>;
  sessions: Pick<SessionChecker, 'check'>;
  logger: Logger;
}

/**
 * Establishes who is calling: a Bearer access JWT whose session is still active, a partner
 * API key (`Authorization: ApiKey <key>` or `X-Api-Key: <key>`), or nobody (anonymous). A
 * credential that is present but unusable, or two credentials at once, refuse the request
 * with HTTP 401; the caller never falls back to anonymous.
 */
export async function authenticate(headers: IncomingHttpHeaders, credentials: Credentials): Promise<Authenticated> {
  const header = headers.authorization?.trim() ?? '';
  const apiKeyHeader = headers['x-api-key'];
  if (apiKeyHeader !== undefined) {
    if (header !== '' || Array.isArray(apiKeyHeader)) throw refusal('UNAUTHENTICATED', 'Send one credential: an Authorization header or an X-Api-Key header.', 401);
    return partner(apiKeyHeader.trim(), credentials);
  }
  if (header === '') return { principal: ANONYMOUS };
  const [scheme, credential, ...rest] = header.split(/\s+/);
  const kind = scheme?.toLowerCase();
  if ((kind !== 'bearer' && kind !== 'apikey') || !credential || rest.length > 0) {
    throw refusal('UNAUTHENTICATED', 'The Authorization header must be "Bearer <access token>" or "ApiKey <key>".', 401);
  }
  if (kind === 'apikey') return partner(credential, credentials);
  const principal = await user(credential, credentials);
  await credentials.sessions.check(principal);
  return { principal };
}

async function user(token: string, credentials: Credentials): Promise<SessionPrincipal> {
  try {
    return await verifyAccessToken(token, credentials.keys);
  } catch (error) {
    if (!(error instanceof AccessTokenError)) throw error;
    switch (error.reason) {
      case 'expired':
        throw refusal('TOKEN_EXPIRED', 'Your access token has expired; refresh it and try again.', 401);
      case 'invalid':
        credentials.logger.info({ reason: error.message }, 'access token refused');
        throw refusal('UNAUTHENTICATED', 'The access token is not valid.', 401);
      case 'keys-unavailable':
        credentials.logger.error({ reason: error.message }, 'cannot fetch the accounts signing keys');
        throw refusal('SUBGRAPH_UNAVAILABLE', 'Signing in is temporarily unavailable; try again shortly.', 502);
    }
  }
}

async function partner(key: string, credentials: Credentials): Promise<Authenticated> {
  const resolved = await credentials.apiKeys.resolve(key);
  return { principal: resolved.principal, partnerLimits: resolved.limits };
}

function refusal(code: ErrorCode, message: string, status: number) {
  const error = phoenixError(code, message);
  error.extensions.http = { status };
  return error;
}
