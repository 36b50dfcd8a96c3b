import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STRONG_LETTER } from './fixtures/letters.js';
import { GENERATE, letterInput, startLetters, userPrincipal, type GeneratedLetter, type LettersHarness } from './support.js';

let harness: LettersHarness;
const owner = userPrincipal('PREMIUM');

beforeAll(async () => {
  harness = await startLetters();
});

afterAll(async () => {
  await harness.close();
});

async function newLetter(): Promise<GeneratedLetter> {
  const { data } = await harness.letters.execute<{ generateLetter: GeneratedLetter }>(GENERATE, { input: letterInput() }, owner);
  if (!data) throw new Error('no letter');
  return data.generateLetter;
}

const VERSIONS = `query ($id: ID!, $first: Int) { letter(id: $id) { currentVersion tone text versions(first: $first) { number origin tone text wordCount completionId } } }`;
type Versions = { letter: { currentVersion: number; tone: string; text: string; versions: { number: number; origin: string; tone: string; text: string; completionId: string | null }[] } };

describe('letter versions', () => {
  it('keeps every version: a regeneration in another tone and an edit add versions 2 and 3', async () => {
    const letter = await newLetter();
    const regenerated = await harness.letters.execute<{ regenerateLetter: { currentVersion: number; tone: string; text: string } }>(
      'mutation ($id: ID!) { regenerateLetter(id: $id, input: { tone: SOBRE }) { currentVersion tone text } }',
      { id: letter.id },
      owner,
    );
    expect(regenerated.data?.regenerateLetter).toMatchObject({ currentVersion: 2, tone: 'SOBRE' });
    expect(regenerated.data?.regenerateLetter.text).not.toBe(letter.text);

    const edited = await harness.letters.execute<{ editLetter: { currentVersion: number; completionId: string | null } }>(
      'mutation ($id: ID!, $text: String!) { editLetter(id: $id, text: $text) { currentVersion completionId } }',
      { id: letter.id, text: STRONG_LETTER },
      owner,
    );
    expect(edited.data?.editLetter).toEqual({ currentVersion: 3, completionId: null });

    const { data } = await harness.letters.execute<Versions>(VERSIONS, { id: letter.id }, owner);
    expect(data?.letter.text).toBe(STRONG_LETTER.trim());
    expect(data?.letter.versions.map((v) => [v.number, v.origin, v.tone])).toEqual([
      [3, 'EDITED', 'SOBRE'],
      [2, 'REGENERATED', 'SOBRE'],
      [1, 'GENERATED', 'FORMEL'],
    ]);
    expect(data?.letter.versions[2]?.text).toBe(letter.text);
    expect(data?.letter.versions[2]?.completionId).toBe(letter.completionId);
  });

  it('serves the newest versions first, `first` at a time', async () => {
    const letter = await newLetter();
    await harness.letters.execute('mutation ($id: ID!, $text: String!) { editLetter(id: $id, text: $text) { id } }', { id: letter.id, text: STRONG_LETTER }, owner);
    const { data } = await harness.letters.execute<Versions>(VERSIONS, { id: letter.id, first: 1 }, owner);
    expect(data?.letter.versions.map((v) => v.number)).toEqual([2]);
  });

  it('lets no one else read, regenerate or edit a letter, and says NOT_FOUND rather than revealing it exists', async () => {
    const letter = await newLetter();
    const intruder = userPrincipal('PREMIUM');
    const read = await harness.letters.execute(VERSIONS, { id: letter.id }, intruder);
    const edit = await harness.letters.execute('mutation ($id: ID!, $text: String!) { editLetter(id: $id, text: $text) { id } }', { id: letter.id, text: STRONG_LETTER }, intruder);
    const regenerate = await harness.letters.execute('mutation ($id: ID!) { regenerateLetter(id: $id) { id } }', { id: letter.id }, intruder);
    const malformed = await harness.letters.execute(VERSIONS, { id: 'not-a-letter' }, owner);
    for (const response of [read, edit, regenerate, malformed]) expect(response.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const { data } = await harness.letters.execute<Versions>(VERSIONS, { id: letter.id }, owner);
    expect(data?.letter.currentVersion).toBe(1);
  });

  it('refuses an edit outside 50–50,000 characters and keeps the letter as it was', async () => {
    const letter = await newLetter();
    for (const text of ['Trop court.', 'x'.repeat(50_001)]) {
      const response = await harness.letters.execute('mutation ($id: ID!, $text: String!) { editLetter(id: $id, text: $text) { id } }', { id: letter.id, text }, owner);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    }
    const { data } = await harness.letters.execute<Versions>(VERSIONS, { id: letter.id }, owner);
    expect(data?.letter.versions).toHaveLength(1);
  });
});

describe('letter export', () => {
  const EXPORT = `query ($id: ID!, $format: LetterExportFormat!) { letter(id: $id) { export(format: $format) { format fileName mimeType contentBase64 byteLength } } }`;
  type Export = { letter: { export: { format: string; fileName: string; mimeType: string; contentBase64: string; byteLength: number } } };

  it('exports the current version as plain UTF-8 text, accents included', async () => {
    const letter = await newLetter();
    const { data } = await harness.letters.execute<Export>(EXPORT, { id: letter.id, format: 'TEXT' }, owner);
    const file = data?.letter.export;
    expect(file).toMatchObject({ format: 'TEXT', fileName: 'lettre-motivation-banque-delorme-associes-v1.txt', mimeType: 'text/plain; charset=utf-8' });
    const content = Buffer.from(file?.contentBase64 ?? '', 'base64');
    expect(content.toString('utf8')).toBe(`${letter.text}\n`);
    expect(file?.byteLength).toBe(content.byteLength);
  });

  it('exports the current version as an A4 PDF', async () => {
    const letter = await newLetter();
    const { data } = await harness.letters.execute<Export>(EXPORT, { id: letter.id, format: 'PDF' }, owner);
    const file = data?.letter.export;
    expect(file).toMatchObject({ format: 'PDF', fileName: 'lettre-motivation-banque-delorme-associes-v1.pdf', mimeType: 'application/pdf' });
    const pdf = Buffer.from(file?.contentBase64 ?? '', 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
  });
});
