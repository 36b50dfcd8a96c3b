import { badUserInput, notFound } from '@phoenix/errors';
import { requireUser } from '../authz.js';
import { parseConsentPurpose } from '../domain/consent.js';
import { recordConsent } from '../services/consents.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { apiKeyMutations } from './api-keys.js';

export const Mutation: MutationResolvers = {
  ...apiKeyMutations,
  signUp: (_root, { input }, { auth }) => auth.signUp(input),
  signIn: (_root, { input }, { auth }) => auth.signIn(input),
  refreshSession: (_root, { refreshToken }, { auth }) => auth.refresh(refreshToken),
  signOut: (_root, { refreshToken }, { auth, principal }) => auth.signOut(requireUser(principal), refreshToken),
  setConsent: async (_root, { purpose, granted }, { principal, db, loaders, logger }) => {
    const caller = requireUser(principal);
    const parsed = parseConsentPurpose(purpose);
    if (!parsed.ok) throw badUserInput(parsed.message, { field: 'purpose' });
    const user = await loaders.userById.load(caller.userId);
    if (!user) throw notFound('This account no longer exists.');
    await recordConsent(db, { userId: user.id, purpose: parsed.value, granted, changedBy: caller.userId });
    loaders.consentsByUserId.clear(user.id);
    logger.info({ userId: user.id, purpose: parsed.value, granted }, 'consent changed');
    return user;
  },
};
