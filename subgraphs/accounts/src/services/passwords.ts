import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';

// argon2's defaults (64 MiB, 3 passes, 4 lanes) are above OWASP's argon2id minimum.
const HASH_OPTIONS = { type: argon2.argon2id } as const;

let dummyHash: Promise<string> | undefined;

/** Hashes a (normalised) password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

/** True when `password` matches `hash`; a malformed hash counts as a mismatch. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * Spends the same time as a real check when no account has the email, so response time
 * does not reveal which emails are registered. Always false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword(await prepareDummyHash(), password);
  return false;
}

/** Computes the dummy hash ahead of the first sign-in (idempotent). */
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummyHash;
}
