import { dataExportResolvers } from '@phoenix/subgraph-server';
import type { RiseContext } from '../context.js';
import type { DataExportResolvers } from '../__generated__/resolvers-types.js';
import { riseSection } from './rise-section.js';

/** rise's section of the user's data export. */
export const DataExport = dataExportResolvers<RiseContext>('rise', (userId, { db }) => riseSection(db, userId)) as DataExportResolvers;
