import { auditActorOf } from '@phoenix/audit';
import type { Principal } from '@phoenix/context-token';
import { badUserInput, notFound } from '@phoenix/errors';
import { requireAdmin, requireUser } from '../authz.js';
import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { eraseAccount } from './erase-account.js';
import { erasureViews, findErasure, listErasures } from './erasure-view.js';

const MAX_ERASURES = 100;

function actorOf(principal: Principal) {
  const actor = auditActorOf(principal);
  if (!actor) throw new Error('an erasure needs a signed-in caller');
  return actor;
}

// Logs name the erasure, never the user: the erasure id must not lead back to them.
export const erasureMutations: Pick<MutationResolvers, 'deleteMyAccount' | 'eraseUser'> = {
  deleteMyAccount: async (_root, { confirmEmail }, { principal, db, logger }) => {
    const caller = requireUser(principal);
    const erasure = await eraseAccount(db, { userId: caller.userId, requestedBy: 'user', confirmEmail, actor: actorOf(caller) });
    if (!erasure) throw notFound('This account no longer exists.');
    logger.info({ erasureId: erasure.id, requestedBy: erasure.requestedBy }, 'account erased');
    return true;
  },
  eraseUser: async (_root, { id }, { principal, db, logger }) => {
    const admin = requireAdmin(principal);
    const erasure = await eraseAccount(db, { userId: id, requestedBy: 'admin', actor: actorOf(admin) });
    if (!erasure) throw notFound('There is no user with this id.');
    logger.info({ erasureId: erasure.id, requestedBy: erasure.requestedBy }, 'account erased');
    const [view] = await erasureViews(db, [erasure]);
    if (!view) throw new Error('the erasure just recorded has no view');
    return view;
  },
};

export const erasureQueries: Pick<QueryResolvers, 'erasures' | 'erasure'> = {
  erasures: async (_root, { first }, { principal, db }) => {
    requireAdmin(principal);
    const count = first ?? 20;
    if (!Number.isInteger(count) || count < 1 || count > MAX_ERASURES) throw badUserInput(`first is from 1 to ${MAX_ERASURES}.`, { field: 'first' });
    return listErasures(db, count);
  },
  erasure: async (_root, { id }, { principal, db }) => {
    requireAdmin(principal);
    return findErasure(db, id);
  },
};
