import { createClient } from 'graphql-ws';
import type { SessionState } from '../session/session-manager';
import type { TokenStore } from '../session/token-store';
import { PersistedWsLink } from './persisted-ws-link';

/** What the socket needs from the session: who is signed in, and when that changes. */
export interface SessionSource {
  getSnapshot(): SessionState;
  subscribe(listener: () => void): () => void;
}

/** A client-chosen close code (4000–4999, not graphql-ws's): graphql-ws reconnects after it. */
const SESSION_CHANGED = 4205;

const identityOf = (state: SessionState) => (state.status === 'signedIn' ? `user:${state.user.id}` : 'anonymous');

/**
 * The graphql-ws client on the gateway's origin, authenticated like HTTP requests. A socket
 * keeps the identity it was opened with, so when the person signs in or out it is closed
 * and reopened with the new credentials; graphql-ws subscribes the running operations again.
 */
export function createWsLink(tokens: TokenStore, session: SessionSource): PersistedWsLink {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  let socket: WebSocket | undefined;
  let openedAs: string | undefined;
  const client = createClient({
    url: url.href,
    connectionParams: () => {
      openedAs = identityOf(session.getSnapshot());
      const access = tokens.get();
      return access ? { authorization: `Bearer ${access.token}` } : {};
    },
    on: {
      opened: (opened) => {
        socket = opened as WebSocket;
      },
      closed: () => {
        socket = undefined;
      },
    },
    retryAttempts: 5,
  });
  session.subscribe(() => {
    const now = identityOf(session.getSnapshot());
    if (socket?.readyState === WebSocket.OPEN && openedAs !== undefined && openedAs !== now) socket.close(SESSION_CHANGED, 'Session changed');
  });
  return new PersistedWsLink(client);
}
