const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * French text folded for comparison: lower case, accents and ligatures removed, anything
 * but letters and digits turned into single spaces. `Développeur / Développeuse` →
 * `developpeur developpeuse`.
 */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const STOP_WORDS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'ou', 'par', 'pour', 'sur', 'un', 'une']);

/** The words of a search, folded, without French stop words (unless nothing else is left). */
export function searchTokens(text: string): string[] {
  const words = normaliseText(text).split(' ').filter((word) => word.length > 0);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return [...new Set(meaningful.length > 0 ? meaningful : words)];
}
