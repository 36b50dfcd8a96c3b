import type { ApolloClient } from '@apollo/client';
import { useFragment as readFragment } from '../__generated__';
import { RefreshSessionMutation, SessionPayloadFragment, SignOutMutation } from '../session/documents';
import type { SessionTransport } from '../session/session-manager';
import type { SessionContext } from './auth-link';

/** The session's GraphQL calls, made through the app's Apollo Client. */
export function apolloSessionTransport(client: ApolloClient): SessionTransport {
  const context: SessionContext = { skipTokenRefresh: true };
  return {
    async refresh() {
      const { data } = await client.mutate({ mutation: RefreshSessionMutation, context, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('refreshSession returned no data');
      return readFragment(SessionPayloadFragment, data.refreshSession);
    },
    async signOut() {
      await client.mutate({ mutation: SignOutMutation, fetchPolicy: 'no-cache' });
    },
    async reset() {
      await client.resetStore();
    },
  };
}
