import { requireRomeCode, requireUuid } from '../authz.js';
import { chooseCareer, startExploration } from '../services/explorations.js';
import { revokeShare, shareReport } from '../services/reports.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';

export const Mutation: MutationResolvers = {
  startExploration: (_parent, { input }, context) => startExploration(context, input),
  chooseCareer: (_parent, { explorationId, occupationCode }, context) =>
    chooseCareer(context, requireUuid(explorationId, 'explorationId'), requireRomeCode(occupationCode, 'occupationCode')),
  shareTrustReport: (_parent, { id }, context) => shareReport(context, requireUuid(id, 'id')),
  revokeTrustReportShare: (_parent, { id }, context) => revokeShare(context, requireUuid(id, 'id')),
};
