import type { Principal } from '@phoenix/context-token';
import { forbidden } from '@phoenix/errors';
import type { SubgraphContext } from './server.js';

/** The `DataExport` entity as a contributing subgraph sees it: the key accounts' entity carries. */
export interface DataExportReference {
  userId: string;
}

/** An export is the right of access of the user themself: not an admin's read, not a partner's, not another user's. */
export function requireExportOwner(principal: Principal, userId: string): void {
  if (principal.kind !== 'user' || principal.userId !== userId) throw forbidden('Only the user themself may export their data.');
}

/**
 * The resolvers of a subgraph's contribution to `DataExport`: the entity reference and the
 * one field (`section`) holding everything the subgraph keeps about the user, both for the
 * user themself only.
 */
export function dataExportResolvers<TContext extends SubgraphContext>(
  section: string,
  build: (userId: string, context: TContext) => Promise<unknown>,
): Record<string, unknown> {
  return {
    __resolveReference: (reference: DataExportReference, context: TContext): DataExportReference => {
      requireExportOwner(context.principal, reference.userId);
      return { userId: reference.userId };
    },
    [section]: async (reference: DataExportReference, _args: unknown, context: TContext): Promise<unknown> => {
      requireExportOwner(context.principal, reference.userId);
      return build(reference.userId, context);
    },
  };
}
