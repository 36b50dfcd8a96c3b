import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { composeFromConfig } from '../lib/composition.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'phoenix-compose-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return join(dir, 'supergraph.yaml');
}

const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])';
const config = `subgraphs:
  one:
    routing_url: http://127.0.0.1:1/graphql
    schema: { file: one.graphql }
  two:
    routing_url: http://127.0.0.1:2/graphql
    schema: { file: two.graphql }
`;

describe('composeFromConfig', () => {
  it('composes the listed subgraphs into a supergraph with their routing URLs', () => {
    const result = composeFromConfig(
      project({
        'supergraph.yaml': config,
        'one.graphql': `${link}\ntype Query { me: User } type User @key(fields: "id") { id: ID! name: String }`,
        'two.graphql': `${link}\ntype User @key(fields: "id") { id: ID! plan: String }`,
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.supergraphSdl).toContain('http://127.0.0.1:2/graphql');
      expect(result.supergraphSdl).toMatch(/plan: String/);
    }
  });

  it('reports composition errors with their codes', () => {
    const result = composeFromConfig(
      project({
        'supergraph.yaml': config,
        'one.graphql': `${link}\ntype Query { me: User } type User @key(fields: "id") { id: ID! name: String }`,
        'two.graphql': `${link}\ntype User @key(fields: "id") { id: ID! name: Int }`,
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/INVALID_FIELD_SHARING|FIELD_TYPE_MISMATCH/);
  });

  it('names the subgraph whose schema file is missing or unparsable', () => {
    const result = composeFromConfig(project({ 'supergraph.yaml': config, 'one.graphql': 'type Query {' }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.some((e) => e.startsWith('one'))).toBe(true);
      expect(result.errors.some((e) => e.startsWith('two'))).toBe(true);
    }
  });
});
