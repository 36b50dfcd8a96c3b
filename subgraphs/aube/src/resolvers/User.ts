import { assertCanReadExplorations, assertCanReadLatest, pageSize } from '../authz.js';
import { viewOf } from '../services/explorations.js';
import { explorationsOfUser } from '../store/explorations.js';
import type { UserResolvers } from '../__generated__/resolvers-types.js';

/** A User as aube sees it: only the key. */
export interface UserReference {
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const User: UserResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  explorations: async (user, { first }, context) => {
    assertCanReadExplorations(context.principal, user.id);
    const count = pageSize(first, 10, 50);
    // Accounts' ids are UUIDs: another id has no explorations (and must not reach a uuid column).
    if (!UUID.test(user.id)) return [];
    return (await explorationsOfUser(context.db, user.id, count)).map(viewOf);
  },
  latestResilience: async (user, _args, context) => {
    assertCanReadLatest(context.principal, user.id);
    if (!UUID.test(user.id)) return null;
    const [latest] = await explorationsOfUser(context.db, user.id, 1);
    return latest?.result.resilience ?? null;
  },
};
