import type { ConsentRow } from '../db/schema.js';
import { requireSelfOrAdmin } from '../authz.js';
import type { Consent, UserResolvers } from '../__generated__/resolvers-types.js';

function toConsent(row: ConsentRow): Consent {
  return { purpose: row.purpose, granted: row.granted, updatedAt: row.updatedAt.toISOString() };
}

export const User: UserResolvers = {
  __resolveReference: async (reference, { principal, loaders, consents }) => {
    // A partner never gets the row of a user who does not share with it, whatever the field.
    if (principal.kind === 'partner' && !(await consents.hasPartnerConsent(principal.partnerId, reference.id))) return null;
    return loaders.userById.load(reference.id);
  },
  email: (user, _args, { principal }) => {
    requireSelfOrAdmin(principal, user.id);
    return user.email;
  },
  consents: async (user, _args, { principal, loaders }) => {
    requireSelfOrAdmin(principal, user.id);
    return (await loaders.consentsByUserId.load(user.id)).map(toConsent);
  },
  createdAt: (user) => user.createdAt.toISOString(),
};
