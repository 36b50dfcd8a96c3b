import { ApolloLink } from '@apollo/client';
import { explorationAttribution, signUpAttribution } from '../utm/utm';

/**
 * Adds the visit's attribution (visitor id, campaign parameters) to the sign-up and
 * exploration inputs, for the funnel; the forms themselves know nothing of it.
 */
export function utmLink(storage: Pick<Storage, 'getItem' | 'setItem'>): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const input = operation.variables.input as Record<string, unknown> | undefined;
    if (operation.operationName === 'SignUp' && input && !input.attribution) {
      const attribution = signUpAttribution(storage);
      if (attribution) operation.variables = { ...operation.variables, input: { ...input, attribution } };
    }
    if (operation.operationName === 'StartExploration' && input && !input.visitorId) {
      operation.variables = { ...operation.variables, input: { ...input, ...explorationAttribution(storage) } };
    }
    return forward(operation);
  });
}
