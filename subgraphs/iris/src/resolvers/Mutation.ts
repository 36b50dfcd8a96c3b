import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireUser } from '../authz.js';

export const Mutation: MutationResolvers = {
  sendIrisMessage: async (_root, { input }, { principal, services }) => services.send(requireUser(principal), input),
};
