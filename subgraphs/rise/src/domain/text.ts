/**
 * Text folded for matching: Unicode-normalised (NFKD), accents and zero-width characters
 * removed, typographic apostrophes made plain, lower case, spaces collapsed.
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** User text as stored: NFC, control characters other than line breaks and tabs removed, trimmed. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\r\n?/g, '\n').trim();
}

/** Length in Unicode code points, as a person counts characters. */
export function characterCount(text: string): number {
  return [...text].length;
}
