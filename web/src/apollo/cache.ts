import { InMemoryCache, type FieldPolicy } from '@apollo/client';

/** Reads a root field by id straight from the cache when that object is already there. */
const byId = (__typename: string): FieldPolicy => ({
  read(existing, { args, toReference }) {
    return existing ?? (typeof args?.id === 'string' ? toReference({ __typename, id: args.id }) : undefined);
  },
});

// Lists the server always returns whole: the new one replaces the old.
const replace = { merge: false } as const;

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // One plan per tier: the tier is the plan's identity.
      Plan: { keyFields: ['tier'] },
      Occupation: { keyFields: ['code'] },
      Query: {
        fields: {
          exploration: byId('Exploration'),
          letter: byId('Letter'),
        },
      },
      User: {
        fields: {
          consents: replace,
          consentHistory: replace,
          subscription: { merge: true },
          explorations: replace,
          letters: replace,
          letterQuota: { merge: true },
          journal: replace,
          goals: replace,
          dailyActions: replace,
          coachingSessions: replace,
          coachingQuota: { merge: true },
          emotionalTrend: { merge: true },
        },
      },
      Letter: { fields: { versions: replace } },
      Goal: { fields: { milestones: replace } },
    },
  });
}
