import type { ApolloLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import type { SessionManager } from '../session/session-manager';
import type { TokenStore } from '../session/token-store';

/** Header that opts this client into the gateway's refresh-cookie handling. */
export const WEB_CLIENT_HEADER = { 'x-phoenix-client': 'web' } as const;

/** Operation context flag for the session's own calls, which must not wait for a renewal. */
export interface SessionContext {
  skipTokenRefresh?: boolean;
}

/**
 * Adds the client marker and the access token to every request, renewing the token first
 * when it is about to expire.
 */
export function authLink(tokens: TokenStore, session: SessionManager): ApolloLink {
  return new SetContextLink(async (previous) => {
    if (!(previous as SessionContext).skipTokenRefresh) await session.ensureFreshToken();
    const access = tokens.get();
    return {
      headers: {
        ...previous.headers,
        ...WEB_CLIENT_HEADER,
        ...(access ? { authorization: `Bearer ${access.token}` } : {}),
      },
    };
  });
}
