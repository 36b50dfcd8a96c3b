const BULLET = /^[\s•·▪◦●*>–—-]+/u;

/**
 * Splits a text into sentences: at line breaks (CV bullet lines are sentences of their own)
 * and after `.`, `!`, `?` or `;` followed by a space. Bullet markers are removed.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.split(/(?<=[.!?;])\s+(?=[«"(\p{Lu}\d])/u))
    .map((sentence) => sentence.replace(BULLET, '').replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 0);
}

/** Joins French list items: « a », « a et b », « a, b et c ». */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** The sentence with its first letter lower-cased, to continue a phrase (acronyms kept). */
export function lowerFirst(sentence: string): string {
  if (/^\p{Lu}{2}/u.test(sentence)) return sentence;
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** The sentence with its final punctuation removed. */
export function withoutFinalPunctuation(sentence: string): string {
  return sentence.replace(/[\s.;:!?…]+$/u, '');
}
