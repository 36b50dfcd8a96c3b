import { dataExportResolvers } from '@phoenix/subgraph-server';
import type { LettersContext } from '../context.js';
import type { DataExportResolvers } from '../__generated__/resolvers-types.js';
import { lettersSection } from './letters-section.js';

/** letters's section of the user's data export. */
export const DataExport = dataExportResolvers<LettersContext>('letters', (userId, { db }) => lettersSection(db, userId)) as DataExportResolvers;
