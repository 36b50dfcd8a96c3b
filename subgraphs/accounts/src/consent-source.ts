import type { ConsentSource } from '@phoenix/subgraph-server/shield';
import { PARTNER_SHARING_PREFIX } from './domain/consent.js';
import type { AccountsLoaders } from './loaders.js';

/** Partner consents read through the request's loader, so one query serves every user of a request. */
export function consentSource(loaders: AccountsLoaders): ConsentSource {
  return {
    async hasPartnerConsent(partnerId, userId) {
      const purpose = `${PARTNER_SHARING_PREFIX}${partnerId}`;
      return (await loaders.consentsByUserId.load(userId)).some((consent) => consent.purpose === purpose && consent.granted);
    },
  };
}
