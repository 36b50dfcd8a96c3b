import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { documentExportName, readGeneratedDocuments } from '../../vite/graphql-documents';

describe('the graphql() inlining plugin', () => {
  it('names documents as codegen exports them', () => {
    expect(documentExportName('query', 'AccountPage')).toBe('AccountPageDocument');
    expect(documentExportName('fragment', 'ProfileCard_user')).toBe('ProfileCard_UserFragmentDoc');
  });

  it('finds every generated document, each with its persisted hash when it is an operation', () => {
    const source = readFileSync(new URL('../../src/__generated__/graphql.ts', import.meta.url), 'utf8');
    const documents = readGeneratedDocuments(source);
    expect(documents.size).toBe((source.match(/^export const \w+ = \{/gm) ?? []).length);
    const signIn = JSON.parse(documents.get('SignInDocument') ?? 'null') as { __meta__: { hash: string } };
    expect(signIn.__meta__.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
