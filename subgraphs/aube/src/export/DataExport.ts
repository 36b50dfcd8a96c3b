import { dataExportResolvers } from '@phoenix/subgraph-server';
import type { AubeContext } from '../context.js';
import type { DataExportResolvers } from '../__generated__/resolvers-types.js';
import { aubeSection } from './aube-section.js';

/** aube's section of the user's data export. */
export const DataExport = dataExportResolvers<AubeContext>('aube', (userId, { db }) => aubeSection(db, userId)) as DataExportResolvers;
