import type { ApolloCache, Reference, StoreObject } from '@apollo/client';

type Listed = StoreObject & { __typename?: string; id: string };

function addToUserList(cache: ApolloCache, userId: string, field: string, item: Listed, where: 'start' | 'end'): void {
  const id = cache.identify({ __typename: 'User', id: userId });
  if (!id) return;
  cache.modify({
    id,
    fields: {
      // Every cached variant of the field (each set of arguments) gets the item once.
      [field]: (existing: readonly Reference[] | undefined, { toReference, readField }) => {
        const reference = toReference(item, true);
        if (!existing || !reference || existing.some((ref) => readField('id', ref) === item.id)) return existing;
        return where === 'start' ? [reference, ...existing] : [...existing, reference];
      },
    },
  });
}

/** Puts a newly created object first in one of the user's cached lists (newest-first lists). */
export function prependToUserList(cache: ApolloCache, userId: string, field: string, item: Listed): void {
  addToUserList(cache, userId, field, item, 'start');
}

/** Puts a newly created object last in one of the user's cached lists. */
export function appendToUserList(cache: ApolloCache, userId: string, field: string, item: Listed): void {
  addToUserList(cache, userId, field, item, 'end');
}
