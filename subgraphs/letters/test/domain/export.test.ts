import { describe, expect, it } from '@jest/globals';
import { exportFileName, plainText, slug } from '../../src/domain/export.js';
import { renderLetterPdf, winAnsi } from '../../src/export/pdf.js';
import { STRONG_LETTER } from '../fixtures/letters.js';

describe('letter export', () => {
  it('names files after the company and the version', () => {
    expect(slug('Banque Delorme & Associés')).toBe('banque-delorme-associes');
    expect(slug('***')).toBe('entreprise');
    expect(exportFileName('Les Ateliers du Lien', 3, 'PDF')).toBe('lettre-motivation-les-ateliers-du-lien-v3.pdf');
    expect(exportFileName('Kumo', 1, 'TEXT')).toBe('lettre-motivation-kumo-v1.txt');
  });

  it('exports plain text in UTF-8 with one final newline', () => {
    expect(plainText('Madame,\r\n\r\nBien à vous.\n\n').toString('utf8')).toBe('Madame,\n\nBien à vous.\n');
  });

  it('keeps French letters and signs the PDF fonts can draw, and drops the others', () => {
    expect(winAnsi('« Œuvre » à 35 %\u202f— l’équipe 🚀 ✓')).toBe('« Œuvre » à 35 % — l’équipe  ');
  });

  it('renders a one-page A4 PDF', async () => {
    const pdf = (await renderLetterPdf({ text: STRONG_LETTER, jobTitle: "Responsable d'entrepôt", company: 'Maison Verdier' })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});
