import type { NextFunction, Request, Response } from 'express';
import { documentHash, type PersistedManifest } from './manifest.js';

const APQ_PREFIX = 'apq:';

/**
 * Safelist mode: only operations of the manifest run, sent either by hash
 * (`extensions.persistedQuery.sha256Hash`) or in full. Anything else, batches included, is
 * refused with 403 PERSISTED_QUERY_NOT_IN_LIST before it is parsed.
 */
export function safelist(manifest: PersistedManifest) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const operations = req.method === 'GET' ? [fromQueryString(req.query)] : Array.isArray(req.body) ? (req.body as unknown[]) : [req.body];
    if (operations.every((operation) => isAllowed(operation, manifest))) return next();
    res.status(403).json({
      errors: [{ message: 'This operation is not in the list of operations this API accepts.', extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }],
    });
  };
}

function isAllowed(operation: unknown, manifest: PersistedManifest): boolean {
  if (!operation || typeof operation !== 'object') return false;
  const { query, extensions } = operation as { query?: unknown; extensions?: unknown };
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  if (typeof query === 'string') return manifest.has(documentHash(query)) && (hash === undefined || hash === documentHash(query));
  return typeof hash === 'string' && manifest.has(hash.toLowerCase());
}

function fromQueryString(query: Request['query']): unknown {
  const extensions = typeof query.extensions === 'string' ? safeJson(query.extensions) : undefined;
  return { query: query.query, extensions };
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * The APQ store in safelist mode: hashes resolve to the manifest's documents (so clients
 * need not register them) and registrations are ignored.
 */
export function manifestCache(manifest: PersistedManifest) {
  const unprefixed = (key: string) => (key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key).toLowerCase();
  return {
    async get(key: string): Promise<string | undefined> {
      return manifest.get(unprefixed(key));
    },
    async set(): Promise<void> {},
    async delete(): Promise<boolean> {
      return false;
    },
  };
}
