import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../session/SessionContext';
import { SessionEndOnArrival } from '../session/leave-and-end-session';
import type { SessionManager } from '../session/session-manager';
import { AppRoutes } from './AppRoutes';

export function App({ client, session }: { client: ApolloClient; session: SessionManager }) {
  return (
    <ApolloProvider client={client}>
      <SessionProvider manager={session}>
        <BrowserRouter>
          <SessionEndOnArrival />
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </ApolloProvider>
  );
}
