import { describe, expect, it } from '@jest/globals';
import { EXPORT_SECTIONS, exportDocument, exportFileName } from '../src/pages/account/data-export';

describe('the data export file', () => {
  it('is named after the day it was made, in the browser’s time zone', () => {
    const generatedAt = new Date(2026, 2, 12, 23, 30).toISOString();
    expect(exportFileName(generatedAt)).toBe('phoenix-mes-donnees-2026-03-12.json');
  });

  it('holds the document the API answered, every section included, without the client’s __typename', () => {
    const sections = Object.fromEntries(EXPORT_SECTIONS.map((section) => [section, { owner: section, items: [{ __typename: 'kept inside a section' }] }]));
    const answered = { __typename: 'DataExport', userId: 'u1', id: 'e1', generatedAt: '2026-03-12T09:30:00.000Z', formatVersion: 1, schemaUrl: '/schemas/data-export.v1.json', ...sections };
    const parsed = JSON.parse(exportDocument(answered)) as Record<string, unknown>;
    expect(parsed).not.toHaveProperty('__typename');
    expect(Object.keys(parsed)).toEqual(['userId', 'id', 'generatedAt', 'formatVersion', 'schemaUrl', ...EXPORT_SECTIONS]);
    expect(parsed.letters).toEqual({ owner: 'letters', items: [{ __typename: 'kept inside a section' }] });
  });
});
