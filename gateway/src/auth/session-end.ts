import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { sessionFieldsOf } from '../web/session-cookie.js';
import type { SessionChecker } from './sessions.js';

/**
 * Tells the session checker when this gateway has just served a successful `signOut` (the
 * caller's session ends) or `deleteMyAccount` (all of the caller's sessions end), so their
 * access tokens are refused from the next request rather than once the cached "active"
 * answer expires. Other gateways learn it from accounts within the cache time.
 */
export function sessionEndPlugin(sessions: Pick<SessionChecker, 'endSession' | 'endUser'>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: { principal }, operation, document, response }) {
          if (operation?.operation !== 'mutation' || !document || principal.kind !== 'user' || response.body.kind !== 'single') return;
          const data = response.body.singleResult.data;
          if (!data) return;
          for (const field of sessionFieldsOf(operation, document)) {
            if (data[field.responseKey] !== true) continue;
            if (field.name === 'signOut' && principal.sessionId) sessions.endSession(principal.sessionId);
            if (field.name === 'deleteMyAccount') sessions.endUser(principal.userId);
          }
        },
      };
    },
  };
}
