import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireUser } from '../authz.js';

export const Mutation: MutationResolvers = {
  startCheckout: (_root, { plan }, { principal, payments }) => payments.startCheckout(requireUser(principal), plan),
  openBillingPortal: (_root, _args, { principal, payments }) => payments.openBillingPortal(requireUser(principal)),
};
