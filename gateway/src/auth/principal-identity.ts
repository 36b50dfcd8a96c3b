import type { Principal } from '@phoenix/context-token';

/**
 * A stable serialization of a principal: equal for two principals exactly when their context
 * tokens carry the same claims, so callers sharing a subgraph socket are indistinguishable to
 * the subgraph. Anonymous callers all share one identity; a user whose tier, roles or session
 * changed gets another.
 */
export function principalIdentity(principal: Principal): string {
  // The token's claims are a field-by-field copy of the principal (`toClaims`), so serializing
  // the whole principal never merges two different tokens, even if `toClaims` later encodes more.
  return stableJson(principal);
}

/** JSON with object keys sorted (arrays keep their order: the token keeps it too). */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : stableJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
