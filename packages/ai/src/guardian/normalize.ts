const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * The form patterns are matched against: compatibility characters folded (full-width
 * letters, ligatures), invisible characters removed, accents stripped, lower case, runs of
 * spaces collapsed. Line breaks are kept because some patterns anchor on them.
 */
export function normalizeForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[ \t\u00a0]+/g, ' ');
}
