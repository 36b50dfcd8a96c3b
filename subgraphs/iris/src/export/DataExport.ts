import { dataExportResolvers } from '@phoenix/subgraph-server';
import type { IrisContext } from '../context.js';
import type { DataExportResolvers } from '../__generated__/resolvers-types.js';
import { irisSection } from './iris-section.js';

/** iris's section of the user's data export. */
export const DataExport = dataExportResolvers<IrisContext>('iris', (userId, { db, services }) => irisSection(db, userId, services.hashUser(userId))) as DataExportResolvers;
