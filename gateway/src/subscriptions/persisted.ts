import type { GraphQLError } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { phoenixError } from '@phoenix/errors';
import { documentHash, type PersistedManifest } from '../persisted/manifest.js';

export interface PersistedPolicy {
  /** Safelist mode: only these operations run. */
  manifest: PersistedManifest | undefined;
  /** Automatic persisted queries accepted (over HTTP; a socket always sends the text). */
  apq: boolean;
}

/**
 * The document a `subscribe` message asks for, under the same persisted-operation policy as
 * HTTP. graphql-ws requires `query` to be a string: a hash-only request sends `""` with
 * `extensions.persistedQuery.sha256Hash`. In safelist mode the text, or the hash, must be in
 * the manifest (PERSISTED_QUERY_NOT_IN_LIST). Otherwise there is no shared APQ store on the
 * socket: a hash alone answers PERSISTED_QUERY_NOT_FOUND (or NOT_SUPPORTED when APQ is off).
 */
export function requestedDocument(payload: SubscribePayload, policy: PersistedPolicy): string | GraphQLError {
  const hash = persistedHash(payload.extensions);
  const { manifest } = policy;
  if (manifest) {
    if (payload.query !== '') {
      const own = documentHash(payload.query);
      return manifest.has(own) && (hash === undefined || hash === own) ? payload.query : notInList();
    }
    return (hash !== undefined ? manifest.get(hash) : undefined) ?? notInList();
  }
  if (payload.query !== '') return payload.query;
  if (hash === undefined) return phoenixError('BAD_REQUEST', 'The subscribe message must carry a non-empty query.');
  return policy.apq
    ? phoenixError('PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound: send the full query on this socket.')
    : phoenixError('PERSISTED_QUERY_NOT_SUPPORTED', 'PersistedQueryNotSupported');
}

function persistedHash(extensions: SubscribePayload['extensions']): string | undefined {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash.toLowerCase() : undefined;
}

function notInList(): GraphQLError {
  return phoenixError('PERSISTED_QUERY_NOT_IN_LIST', 'This operation is not in the list of operations this API accepts.');
}
