import { badUserInput, notFound } from '@phoenix/errors';
import { requireUser } from '../authz.js';
import { parseConsentPurpose, parseConsentTextVersion } from '../domain/consent.js';
import { recordConsent } from '../services/consents.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { erasureMutations } from '../erasure/resolvers.js';
import { exportMutations } from '../export/DataExport.js';
import { apiKeyMutations } from './api-keys.js';

export const Mutation: MutationResolvers = {
  ...apiKeyMutations,
  ...erasureMutations,
  ...exportMutations,
  signUp: (_root, { input }, { auth }) => auth.signUp(input),
  signIn: (_root, { input }, { auth }) => auth.signIn(input),
  refreshSession: (_root, { refreshToken }, { auth }) => auth.refresh(refreshToken),
  signOut: (_root, { refreshToken }, { auth, principal }) => auth.signOut(requireUser(principal), refreshToken),
  setConsent: async (_root, { purpose, granted, textVersion }, { principal, db, loaders, logger }) => {
    const caller = requireUser(principal);
    const parsed = parseConsentPurpose(purpose);
    if (!parsed.ok) throw badUserInput(parsed.message, { field: 'purpose' });
    const version = parseConsentTextVersion(parsed.value, textVersion);
    if (!version.ok) throw badUserInput(version.message, { field: 'textVersion' });
    const user = await loaders.userById.load(caller.userId);
    if (!user) throw notFound('This account no longer exists.');
    await recordConsent(db, { userId: user.id, purpose: parsed.value, granted, textVersion: version.value, changedBy: caller.userId });
    loaders.consentsByUserId.clear(user.id);
    logger.info({ userId: user.id, purpose: parsed.value, granted }, 'consent changed');
    return user;
  },
};
