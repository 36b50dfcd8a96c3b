/** A letter as a downloadable file. */
export interface LetterFile {
  format: 'PDF' | 'TEXT';
  fileName: string;
  mimeType: string;
  content: Buffer;
}

/** « Banque Delorme & Associés » → « banque-delorme-associes ». */
export function slug(text: string): string {
  const cleaned = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return cleaned || 'entreprise';
}

/** The file name of an export: `lettre-motivation-<company>-v<version>.<pdf|txt>`. */
export function exportFileName(company: string, version: number, format: LetterFile['format']): string {
  return `lettre-motivation-${slug(company)}-v${version}.${format === 'PDF' ? 'pdf' : 'txt'}`;
}

/** The plain-text export: UTF-8, `\n` line endings, one trailing newline. */
export function plainText(letterText: string): Buffer {
  return Buffer.from(`${letterText.replace(/\r\n/g, '\n').trimEnd()}\n`, 'utf8');
}
