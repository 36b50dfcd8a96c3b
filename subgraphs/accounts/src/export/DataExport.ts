import type { Principal } from '@phoenix/context-token';
import { forbidden, notFound } from '@phoenix/errors';
import { requireUser } from '../authz.js';
import type { DataExportResolvers, MutationResolvers } from '../__generated__/resolvers-types.js';
import { accountsSection } from './accounts-section.js';
import { DATA_EXPORT_FORMAT_VERSION, startDataExport, type DataExportModel, type StartedDataExport } from './data-export.js';

// Only the user themself: an export is the right of access, not an admin or partner read.
function requireExportOwner(principal: Principal, userId: string): void {
  if (principal.kind !== 'user' || principal.userId !== userId) throw forbidden('Only the user themself can export their data.');
}

// Only `exportMyData` starts an export; a bare key (an `_entities` call) has no id or time.
function started(exported: DataExportModel): StartedDataExport {
  if (!('id' in exported)) throw notFound('Start an export with exportMyData.');
  return exported;
}

export const DataExport: DataExportResolvers = {
  __resolveReference: (reference, { principal }) => {
    requireExportOwner(principal, reference.userId);
    return { userId: reference.userId };
  },
  id: (exported) => started(exported).id,
  generatedAt: (exported) => started(exported).generatedAt.toISOString(),
  formatVersion: () => DATA_EXPORT_FORMAT_VERSION,
  schemaUrl: (_exported, _args, { exportSchemaUrl }) => exportSchemaUrl,
  accounts: async (exported, _args, { principal, db }) => {
    requireExportOwner(principal, exported.userId);
    const section = await accountsSection(db, exported.userId);
    if (!section) throw notFound('This account no longer exists.');
    return section;
  },
};

/** `Mutation.exportMyData`: the caller's own data, announced by `user.data_exported`. */
export const exportMutations: Pick<MutationResolvers, 'exportMyData'> = {
  exportMyData: async (_root, _args, { principal, db, loaders, logger, exportSchemaUrl }) => {
    const caller = requireUser(principal);
    if (!(await loaders.userById.load(caller.userId))) throw notFound('This account no longer exists.');
    const exported = await startDataExport(db, caller.userId, exportSchemaUrl);
    logger.info({ userId: caller.userId, exportId: exported.id }, 'data export started');
    return exported;
  },
};
