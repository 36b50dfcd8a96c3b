import { badUserInput } from '@phoenix/errors';
import type { ConsentChangeRow, ConsentRow } from '../db/schema.js';
import { requireSelfOrAdmin } from '../authz.js';
import { findConsentHistory } from '../services/consents.js';
import type { Consent, ConsentChange, UserResolvers } from '../__generated__/resolvers-types.js';

const MAX_HISTORY_PAGE = 200;

function toConsent(row: ConsentRow): Consent {
  return { purpose: row.purpose, granted: row.granted, textVersion: row.textVersion, updatedAt: row.updatedAt.toISOString() };
}

function toConsentChange(row: ConsentChangeRow): ConsentChange {
  return {
    purpose: row.purpose,
    granted: row.granted,
    textVersion: row.textVersion,
    changedAt: row.changedAt.toISOString(),
    changedByUser: row.changedBy === row.userId,
  };
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
  consentHistory: async (user, { first }, { principal, db }) => {
    requireSelfOrAdmin(principal, user.id);
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HISTORY_PAGE) throw badUserInput(`first must be 1 to ${MAX_HISTORY_PAGE}.`, { field: 'first' });
    return (await findConsentHistory(db, user.id, limit)).map(toConsentChange);
  },
  createdAt: (user) => user.createdAt.toISOString(),
};
