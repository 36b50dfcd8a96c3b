import { splitSentences } from '@phoenix/ai';

/** A match of a pattern in a text, with the words as the text writes them. */
export interface Found {
  index: number;
  text: string;
}

/**
 * The text in lower case, accents removed and typographic apostrophes made straight, with
 * every character kept at its position: a match found in the folded text can be read back
 * from the original at the same offsets.
 */
export function fold(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char === '’' || char === '‘' || char === 'ʼ') folded += "'";
    else if (char.charCodeAt(0) >= 0x2000) folded += char;
    else folded += char.normalize('NFD').charAt(0).toLowerCase().charAt(0) || char;
  }
  return folded;
}

/** Every match of `pattern` (which must be global) in the folded text, read back from the original. */
export function findAll(text: string, pattern: RegExp, folded: string = fold(text)): Found[] {
  return [...folded.matchAll(pattern)].map((match) => ({ index: match.index, text: text.slice(match.index, match.index + match[0].length) }));
}

/** True when the folded text contains `phrase` (itself folded), e.g. a company name. */
export function mentions(text: string, phrase: string): boolean {
  const needle = fold(phrase.trim());
  return needle.length > 0 && fold(text).includes(needle);
}

// « Coordinateur·rice », « chargé(e) », « préparateur.trice.s »: the masculine base is kept so
// stemming sees one word, not a word and a stray suffix.
const INCLUSIVE_SUFFIX = /(\p{L})[·•.](?:e|rice|trice|ice|ne|se|euse|ère|ve)(?:[·•.]?s)?(?!\p{L})/gu;
const BRACKETED_SUFFIX = /(\p{L})\((?:e|es|s|ne|rice|trice|euse|ère|ve)\)/gu;

/** French inclusive-writing suffixes removed: « Rattaché(e) » → « Rattaché ». */
export function withoutInclusiveSuffixes(text: string): string {
  return text.replace(INCLUSIVE_SUFFIX, '$1').replace(BRACKETED_SUFFIX, '$1');
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words as a word processor counts them (« d’expérience » is one word). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The sentences of a text: paragraph and line breaks, and `.`, `!`, `?`, `;` followed by a capital. */
export function sentencesOf(text: string): string[] {
  return splitSentences(text);
}

/** `text` cut to `max` characters at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** « 1 verbe », « 3 verbes »: French takes the singular for 0 and 1. */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count > 1 ? pluralForm : singular}`;
}

/** A number clamped to 0–100 and rounded. */
export function clampScore(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)));
}
