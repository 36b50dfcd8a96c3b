import { dataExportResolvers } from '@phoenix/subgraph-server';
import type { AgentsContext } from '../context.js';
import type { DataExportResolvers } from '../__generated__/resolvers-types.js';
import { agentsSection } from './agents-section.js';

/** agents's section of the user's data export. */
export const DataExport = dataExportResolvers<AgentsContext>('agents', (userId, { db }) => agentsSection(db, userId)) as DataExportResolvers;
