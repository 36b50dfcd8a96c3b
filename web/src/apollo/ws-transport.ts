import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import type { TokenStore } from '../session/token-store';

/** The graphql-ws client on the gateway's origin, authenticated like HTTP requests. */
export function createWsLink(tokens: TokenStore): GraphQLWsLink {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return new GraphQLWsLink(
    createClient({
      url: url.href,
      connectionParams: () => {
        const access = tokens.get();
        return access ? { authorization: `Bearer ${access.token}` } : {};
      },
      retryAttempts: 5,
    }),
  );
}
