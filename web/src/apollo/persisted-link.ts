import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

/**
 * Sends operations by the hash codegen computed (web/src/__generated__/persisted-documents.json),
 * which is all a gateway in safelist mode accepts. A gateway without that manifest answers
 * PERSISTED_QUERY_NOT_FOUND/NOT_SUPPORTED: the link then sends full documents from there on.
 */
export function persistedLink(): PersistedQueryLink {
  return new PersistedQueryLink({
    generateHash: (document: DocumentNode) => {
      const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
      if (typeof hash !== 'string') throw new Error('This document has no persisted hash: run `npm run codegen`.');
      return hash;
    },
    disable: ({ meta }) => meta.persistedQueryNotSupported || meta.persistedQueryNotFound,
  });
}
