import { badUserInput } from '@phoenix/errors';

/** DOMAIN.md: a message is 1 to 2,000 characters. */
export const MESSAGE_LIMITS = { min: 1, max: 2000 } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** User text as stored: NFC, control characters other than line breaks and tabs removed, trimmed. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\r\n?/g, '\n').trim();
}

/** Length in Unicode code points, as a person counts characters. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** A message's text, cleaned, 1–2,000 characters; BAD_USER_INPUT naming `text` otherwise. */
export function parseMessageText(value: string): { text: string; length: number } {
  const text = cleanText(value);
  const length = characterCount(text);
  if (length < MESSAGE_LIMITS.min || length > MESSAGE_LIMITS.max) {
    throw badUserInput(`A message must be ${MESSAGE_LIMITS.min} to ${MESSAGE_LIMITS.max.toLocaleString('en')} characters (got ${length}).`, {
      field: 'text',
      length,
      max: MESSAGE_LIMITS.max,
    });
  }
  return { text, length };
}

/** True for an id that could be one of ours or a user's (UUIDs). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A UUID argument, lower-cased; BAD_USER_INPUT naming `field` otherwise. */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw badUserInput(`${field} must be a UUID.`, { field });
  return value.toLowerCase();
}

/** A list's `first` argument within 1–`max`, `fallback` when absent; BAD_USER_INPUT otherwise. */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badUserInput(`first must be 1 to ${max}.`, { field: 'first' });
  return size;
}
