import { accept, codePointLength, hasControlCharacter, refuse, type Checked } from './validation.js';

export const DISPLAY_NAME_MAX_LENGTH = 80;

/** Trims and NFC-normalises a display name, which must then hold 1 to 80 characters and no control character. */
export function parseDisplayName(raw: string): Checked<string> {
  const name = raw.trim().normalize('NFC');
  const length = codePointLength(name);
  if (length === 0) return refuse('Enter a display name.');
  if (length > DISPLAY_NAME_MAX_LENGTH) return refuse(`A display name has at most ${DISPLAY_NAME_MAX_LENGTH} characters.`);
  if (hasControlCharacter(name)) return refuse('A display name cannot contain line breaks or control characters.');
  return accept(name);
}
