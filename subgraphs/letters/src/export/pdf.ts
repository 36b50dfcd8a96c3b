import PDFDocument from 'pdfkit';
import { letterSections, paragraphsOf } from '../domain/sections.js';

// The 14 standard PDF fonts encode WinAnsi only: Latin-1 plus these typographic signs.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const SPACES = /[\u2000-\u200a\u202f\u205f]/g;

/** Text the standard fonts can draw: thin spaces made plain, other signs outside WinAnsi dropped rather than garbled. */
export function winAnsi(text: string): string {
  let result = '';
  for (const char of text.normalize('NFC').replace(SPACES, ' ')) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === '\n' || WIN_ANSI_EXTRAS.has(char)) result += char;
    else result += char.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^\x20-\x7e\xa0-\xff]/g, '');
  }
  return result;
}

/** Renders a letter as an A4 PDF: the subject in bold, then each paragraph, as a recruiter expects to print it. */
export function renderLetterPdf(letter: { text: string; jobTitle: string; company: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    info: { Title: winAnsi(`Lettre de motivation - ${letter.jobTitle} - ${letter.company}`), Creator: 'Phoenix Letters' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 144;
  const { subject } = letterSections(letter.text);
  for (const paragraph of paragraphsOf(letter.text)) {
    const isSubject = subject !== null && paragraph.toLowerCase().startsWith('objet');
    doc.font(isSubject ? 'Helvetica-Bold' : 'Helvetica').fontSize(11).fillColor('#111111');
    doc.text(winAnsi(paragraph), { width, align: isSubject ? 'left' : 'justify', lineGap: 2 });
    doc.moveDown(0.9);
  }
  doc.end();
  return done;
}
