import { accept, codePointLength, refuse, type Checked } from './validation.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * The form a password is hashed in. NFC makes a password typed with a precomposed "é" and
 * one typed with "e" plus a combining accent the same password.
 */
export function normalisePassword(raw: string): string {
  return raw.normalize('NFC');
}

/** Checks a new password against the policy: 10 to 256 characters, nothing else imposed. */
export function checkNewPassword(raw: string): Checked<string> {
  const password = normalisePassword(raw);
  const length = codePointLength(password);
  if (length < PASSWORD_MIN_LENGTH) return refuse(`Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`);
  if (length > PASSWORD_MAX_LENGTH) return refuse(`A password has at most ${PASSWORD_MAX_LENGTH} characters.`);
  return accept(password);
}

/**
 * True when a password offered at sign-in could satisfy the policy at all. Longer ones are
 * refused before hashing, so a huge body cannot make the server hash megabytes.
 */
export function isWithinPasswordLimit(raw: string): boolean {
  return codePointLength(raw) <= PASSWORD_MAX_LENGTH;
}
