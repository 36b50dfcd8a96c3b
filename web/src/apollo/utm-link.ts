import { ApolloLink } from '@apollo/client';
import { signUpAttribution } from '../utm/utm';

/**
 * Adds the visit's attribution (visitor id, campaign parameters) to the sign-up input, for
 * the funnel; the form itself knows nothing of it.
 */
export function utmLink(storage: Pick<Storage, 'getItem' | 'setItem'>): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const input = operation.variables.input as Record<string, unknown> | undefined;
    if (operation.operationName === 'SignUp' && input && !input.attribution) {
      const attribution = signUpAttribution(storage);
      if (attribution) operation.variables = { ...operation.variables, input: { ...input, attribution } };
    }
    return forward(operation);
  });
}
