import type { UserPrincipal } from '@phoenix/context-token';
import type { LettersContext } from '../context.js';
import type { LetterRow } from '../db/schema.js';
import { letterNotFound } from '../errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One of the caller's letters; NOT_FOUND when the id is malformed, unknown or someone else's. */
export async function ownLetter(context: LettersContext, user: UserPrincipal, id: string): Promise<LetterRow> {
  const letter = UUID.test(id) ? await context.loaders.letterById.load(id.toLowerCase()) : undefined;
  if (!letter || letter.userId !== user.userId) throw letterNotFound();
  return letter;
}
