import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { PARTNER_SLUG, MAX_PARTNER_SLUG_LENGTH } from './consent.js';
import { accept, codePointLength, hasControlCharacter, refuse, type Checked } from './validation.js';

/** Every Phoenix API key starts with this, so leaked keys are easy to recognise and scan for. */
export const API_KEY_PREFIX = 'phx_';
const KEY_SHAPE = /^phx_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** `partner:<subgraph>.read` or `.write`: what the gateway checks per field. */
const PARTNER_SCOPE = /^partner:[a-z][a-z0-9-]{0,39}\.(read|write)$/;
// The gateway signs its own internal calls as this partner; no key may claim it.
const RESERVED_PARTNERS = new Set(['phoenix', 'phoenix-gateway']);

export const MAX_SCOPES = 20;
export const MAX_COST_LIMIT = 100_000;
export const MAX_RATE_LIMIT = 10_000;
export const MAX_KEY_LIFETIME_DAYS = 731;

/** A new key: the secret (shown once), its visible prefix, and the hash that is stored. */
export interface GeneratedApiKey {
  secret: string;
  prefix: string;
  hash: string;
}

/** A fresh key: `phx_` + 8 random characters (the visible prefix) + `_` + 256 random bits. */
export function generateApiKey(): GeneratedApiKey {
  const prefixBytes = randomBytes(8);
  const id = [...prefixBytes].map((byte) => PREFIX_ALPHABET[byte % PREFIX_ALPHABET.length]).join('');
  const secret = `${API_KEY_PREFIX}${id}_${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: `${API_KEY_PREFIX}${id}`, hash: hashApiKey(secret) };
}

/** SHA-256 of the whole key: 256 random bits need no slow hash. */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The visible prefix of a presented key, or undefined when it cannot be a Phoenix key. */
export function prefixOf(presented: string): string | undefined {
  const match = KEY_SHAPE.exec(presented);
  return match ? `${API_KEY_PREFIX}${match[1]}` : undefined;
}

/** True when `presented` hashes to `storedHash`, compared in constant time. */
export function matchesHash(presented: string, storedHash: string): boolean {
  const actual = Buffer.from(hashApiKey(presented), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A partner slug, as in `partner_sharing:<partner>` consents; Phoenix's own names are reserved. */
export function parsePartner(raw: string): Checked<string> {
  const partner = raw.trim();
  if (partner.length > MAX_PARTNER_SLUG_LENGTH || !PARTNER_SLUG.test(partner)) {
    return refuse('A partner is named by a slug of lower-case letters, digits and hyphens, e.g. france-travail.');
  }
  return RESERVED_PARTNERS.has(partner) ? refuse('This partner name is reserved.') : accept(partner);
}

/** 1 to 20 distinct `partner:<subgraph>.read|write` scopes, sorted. */
export function parseScopes(raw: readonly string[]): Checked<string[]> {
  const scopes = [...new Set(raw.map((scope) => scope.trim()))].sort();
  if (scopes.length === 0 || scopes.length > MAX_SCOPES) return refuse(`Give between 1 and ${MAX_SCOPES} scopes.`);
  const invalid = scopes.find((scope) => !PARTNER_SCOPE.test(scope));
  return invalid ? refuse(`"${invalid}" is not a partner scope; expected partner:<subgraph>.read or partner:<subgraph>.write.`) : accept(scopes);
}

/** A label for people: 1 to 80 characters, no control characters. */
export function parseKeyName(raw: string): Checked<string> {
  const name = raw.trim();
  const length = codePointLength(name);
  if (length === 0 || length > 80 || hasControlCharacter(name)) return refuse('The name is 1 to 80 characters, without line breaks.');
  return accept(name);
}

/** An optional positive integer up to `max`. */
export function parseOptionalLimit(raw: number | null | undefined, max: number): Checked<number | null> {
  if (raw === null || raw === undefined) return accept(null);
  return Number.isInteger(raw) && raw >= 1 && raw <= max ? accept(raw) : refuse(`Expected a whole number from 1 to ${max}.`);
}

/** An optional expiry in the future, at most two years away. */
export function parseExpiry(raw: string | null | undefined, now: Date): Checked<Date | null> {
  if (raw === null || raw === undefined) return accept(null);
  const expiresAt = new Date(raw);
  if (Number.isNaN(expiresAt.getTime()) || expiresAt <= now) return refuse('The expiry must be a future instant.');
  if (expiresAt.getTime() - now.getTime() > MAX_KEY_LIFETIME_DAYS * 86_400_000) return refuse('A key lives at most two years.');
  return accept(expiresAt);
}

/** Whether a key works now. */
export function apiKeyStatus(key: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): 'ACTIVE' | 'EXPIRED' | 'REVOKED' {
  if (key.revokedAt && key.revokedAt <= now) return 'REVOKED';
  if (key.expiresAt && key.expiresAt <= now) return 'EXPIRED';
  return 'ACTIVE';
}
