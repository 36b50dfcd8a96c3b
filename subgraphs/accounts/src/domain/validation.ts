/** The result of checking one user-supplied value: the normalised value, or why it is refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export const accept = <T>(value: T): Checked<T> => ({ ok: true, value });
export const refuse = <T = never>(message: string): Checked<T> => ({ ok: false, message });

/** Length in Unicode code points, so an accented letter or an emoji counts as one character. */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

/** True when the string holds a control character (line breaks, NUL, escapes…). */
export function hasControlCharacter(value: string): boolean {
  return /\p{Cc}/u.test(value);
}
