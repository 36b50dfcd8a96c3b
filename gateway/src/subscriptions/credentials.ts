import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import { decodeJwt } from 'jose';
import type { PartnerKeyLimits } from '../cost/limits.js';
import { authenticate, type Credentials } from '../auth/authenticate.js';
import type { Principal } from '@phoenix/context-token';

/** Who opened a socket, and what may end their right to keep it. */
export interface SocketIdentity {
  principal: Principal;
  partnerLimits?: PartnerKeyLimits;
  /** When the access token expires (ms since the epoch), for a user. */
  expiresAtMs?: number;
  /** The partner key, to resolve again while the socket lives. */
  apiKey?: string;
}

/** Why `connection_init` is refused: bad credentials (4403), or signing-in unavailable (try later). */
export class SocketRefusal extends Error {
  constructor(
    readonly kind: 'forbidden' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'SocketRefusal';
  }
}

const CREDENTIAL_PARAMS = ['authorization', 'x-api-key'] as const;

/**
 * Authenticates `connection_init`'s payload as the HTTP route authenticates headers:
 * `authorization` ("Bearer <access token>" or "ApiKey <key>") or `x-api-key` (names in any
 * case); none is anonymous. Throws a `SocketRefusal`.
 */
export async function authenticateSocket(connectionParams: Readonly<Record<string, unknown>> | undefined, credentials: Credentials): Promise<SocketIdentity> {
  const headers = credentialHeaders(connectionParams);
  let authenticated;
  try {
    authenticated = await authenticate(headers, credentials);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const kind = error.extensions.code === 'SUBGRAPH_UNAVAILABLE' ? 'unavailable' : 'forbidden';
    throw new SocketRefusal(kind, error.message);
  }
  const { principal, partnerLimits } = authenticated;
  const identity: SocketIdentity = { principal, ...(partnerLimits ? { partnerLimits } : {}) };
  if (principal.kind === 'user') {
    const exp = decodeJwt(bearerToken(headers) ?? '').exp;
    if (typeof exp === 'number') identity.expiresAtMs = exp * 1000;
  }
  if (principal.kind === 'partner') identity.apiKey = apiKeyOf(headers);
  return identity;
}

function credentialHeaders(params: Readonly<Record<string, unknown>> | undefined): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    const lower = name.toLowerCase();
    if (!(CREDENTIAL_PARAMS as readonly string[]).includes(lower) || value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new SocketRefusal('forbidden', `connectionParams.${lower} must be a string.`);
    if (headers[lower] !== undefined) throw new SocketRefusal('forbidden', `connectionParams.${lower} is given twice.`);
    headers[lower] = value;
  }
  return headers;
}

function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const [scheme, token] = (headers.authorization ?? '').trim().split(/\s+/);
  return scheme?.toLowerCase() === 'bearer' ? token : undefined;
}

function apiKeyOf(headers: IncomingHttpHeaders): string | undefined {
  const header = headers['x-api-key'];
  if (typeof header === 'string') return header.trim();
  const [scheme, key] = (headers.authorization ?? '').trim().split(/\s+/);
  return scheme?.toLowerCase() === 'apikey' ? key : undefined;
}
