import { InMemoryCache } from '@apollo/client';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // One plan per tier: the tier is the plan's identity.
      Plan: { keyFields: ['tier'] },
      User: {
        fields: {
          // The server always returns the whole list; the new one replaces the old.
          consents: { merge: false },
          subscription: { merge: true },
        },
      },
    },
  });
}
