import { graphql } from '../__generated__';

// `refreshToken` is selected so the gateway can move it into the HttpOnly cookie: for a
// client sending `x-phoenix-client: web` it comes back blank and JavaScript never sees it.
export const SessionPayloadFragment = graphql(`
  fragment Session_payload on AuthPayload {
    accessToken
    expiresAt
    refreshToken
    user {
      id
      displayName
      tier
      roles
    }
  }
`);

// The variable is declared and left unset: the gateway fills it from the cookie.
export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String) {
    refreshSession(refreshToken: $refreshToken) {
      ...Session_payload
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
