import { dataExportResolvers } from '@phoenix/subgraph-server';
import type { BillingContext } from '../context.js';
import type { DataExportResolvers } from '../__generated__/resolvers-types.js';
import { billingSection } from './billing-section.js';

/** billing's section of the user's data export. */
export const DataExport = dataExportResolvers<BillingContext>('billing', (userId, { db }) => billingSection(db, userId)) as DataExportResolvers;
