import { createApolloClient } from '../apollo/client';
import { apolloSessionTransport } from '../apollo/session-transport';
import { SessionHint } from '../session/session-hint';
import { SessionManager } from '../session/session-manager';
import { TokenStore } from '../session/token-store';

/** The app's long-lived objects, wired once: the session needs the client and the client needs the session. */
export function createServices() {
  const tokens = new TokenStore();
  const hint = new SessionHint(window.localStorage);
  const session = new SessionManager(tokens, hint);
  const client = createApolloClient({ tokens, session, storage: window.sessionStorage });
  session.connect(apolloSessionTransport(client));
  hint.onForgottenElsewhere(() => session.endedElsewhere());
  return { client, session };
}
