import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import type { SessionManager } from '../session/session-manager';
import type { TokenStore } from '../session/token-store';
import { authLink } from './auth-link';
import { createCache } from './cache';
import { LazyWsLink } from './lazy-ws-link';
import { persistedLink } from './persisted-link';
import { retryAuthLink } from './retry-auth-link';
import { utmLink } from './utm-link';

export interface ClientDependencies {
  tokens: TokenStore;
  session: SessionManager;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** Apollo Client on the gateway's same-origin `/graphql`: HTTP for queries and mutations, graphql-ws for subscriptions. */
export function createApolloClient({ tokens, session, storage }: ClientDependencies): ApolloClient {
  const http = ApolloLink.from([persistedLink(), new HttpLink({ uri: '/graphql', credentials: 'same-origin', includeExtensions: true })]);
  const transport = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, new LazyWsLink(tokens, session), http);
  return new ApolloClient({
    link: ApolloLink.from([retryAuthLink(tokens, session), authLink(tokens, session), utmLink(storage), transport]),
    cache: createCache(),
    clientAwareness: { name: 'phoenix-web' },
  });
}
