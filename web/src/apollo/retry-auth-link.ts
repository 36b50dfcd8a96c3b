import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap } from 'rxjs';
import { isSessionEnded } from '../errors/problem';
import type { SessionManager } from '../session/session-manager';
import type { TokenStore } from '../session/token-store';
import type { SessionContext } from './auth-link';

interface RetryContext extends SessionContext {
  retriedAfterRefresh?: boolean;
}

/**
 * When the server says a signed-in request's token is no longer good (revoked, or expired
 * while the tab slept), renews the session once and replays the request.
 */
export function retryAuthLink(tokens: TokenStore, session: SessionManager): ErrorLink {
  return new ErrorLink(({ error, operation, forward }) => {
    const context = operation.getContext() as RetryContext;
    if (context.skipTokenRefresh || context.retriedAfterRefresh || !tokens.get() || !isSessionEnded(error)) return;
    return from(session.refresh()).pipe(
      switchMap((renewed) => {
        if (!renewed) throw error;
        operation.setContext({ retriedAfterRefresh: true });
        return forward(operation);
      }),
    );
  });
}
