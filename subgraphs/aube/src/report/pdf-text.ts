// The 14 standard PDF fonts only encode WinAnsi (Latin-1 plus a few typographic signs).
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2212': '-',
  '\u2009': ' ',
  '\u202f': ' ',
  '≥': '>=',
  '≤': '<=',
  'Σ': 'somme ',
  '∈': 'dans',
  '→': '->',
};

/** Text the standard fonts can draw: unsupported signs replaced, other accents dropped rather than garbled. */
export function pdfSafe(text: string): string {
  let result = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (REPLACEMENTS[char] !== undefined) result += REPLACEMENTS[char];
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === '\n' || WIN_ANSI_EXTRAS.has(char)) result += char;
    else {
      const stripped = char.normalize('NFD').replace(/\p{M}+/gu, '');
      result += stripped.length > 0 && [...stripped].every((c) => (c.codePointAt(0) ?? 0) <= 0xff) ? stripped : '';
    }
  }
  return result;
}

/** 65.7 → « 65,7 ». */
export function frenchNumber(value: number, decimals = 1): string {
  return value.toFixed(decimals).replace('.', ',');
}
