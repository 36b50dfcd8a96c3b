import { accept, hasControlCharacter, refuse, type Checked } from './validation.js';

export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;

/** The canonical form of an email: trimmed, Unicode NFC, lower case. Used for storage and look-up. */
export function normaliseEmail(raw: string): string {
  return raw.trim().normalize('NFC').toLowerCase();
}

/** Normalises an email and checks it has the shape `local@domain.tld`. */
export function parseEmail(raw: string): Checked<string> {
  const email = normaliseEmail(raw);
  if (email.length === 0) return refuse('Enter an email address.');
  if (email.length > MAX_EMAIL_LENGTH) return refuse(`An email address has at most ${MAX_EMAIL_LENGTH} characters.`);
  if (hasControlCharacter(email) || /\s/u.test(email)) return refuse('An email address cannot contain spaces.');
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const wellFormed =
    at > 0 &&
    local.length <= MAX_LOCAL_PART_LENGTH &&
    !local.includes('@') &&
    /^[^.]+(\.[^.]+)+$/u.test(domain) &&
    !domain.startsWith('-') &&
    !domain.endsWith('-');
  return wellFormed ? accept(email) : refuse('Enter a valid email address, such as marie@example.fr.');
}
