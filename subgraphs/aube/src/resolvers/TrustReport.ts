import { reportDocumentOf } from '../services/reports.js';
import type { TrustReportResolvers } from '../__generated__/resolvers-types.js';

export const TrustReport: TrustReportResolvers = {
  id: ({ exploration }) => exploration.reportId,
  explorationId: ({ exploration }) => exploration.id,
  json: ({ exploration }) => JSON.stringify(reportDocumentOf(exploration)),
  // An anonymous exploration is not kept, so nothing could be downloaded or shared later.
  pdfUrl: ({ exploration }, _args, context) => (exploration.saved ? context.links.downloadUrl(exploration.reportId, 'pdf').url : null),
  jsonUrl: ({ exploration }, _args, context) => (exploration.saved ? context.links.downloadUrl(exploration.reportId, 'json').url : null),
  shareUrl: async ({ exploration }, _args, context) => {
    const share = exploration.saved ? await context.loaders.activeShare.load(exploration.id) : null;
    return share ? context.links.shareUrl(share.id) : null;
  },
  sharedAt: async ({ exploration }, _args, context) => {
    const share = exploration.saved ? await context.loaders.activeShare.load(exploration.id) : null;
    return share ? share.createdAt.toISOString() : null;
  },
};
