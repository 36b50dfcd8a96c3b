import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { AI_TASKS, aiEnv, PROMPT_VARIANTS, referenceCorpus } from '@phoenix/ai';
import { repoRoot } from '@phoenix/config';
import { FAMILY_WEIGHTS } from '../../packages/ai/src/guardian/assess.js';
import { SPECIAL_CATEGORIES } from '../../packages/ai/src/guardian/special-categories.js';
import { SOURCE_DEFINITIONS } from '../../subgraphs/aube/src/domain/sources.js';
import { readSeed, SEED_FILE } from '../../subgraphs/aube/src/import/seed.js';
import { CORPUS_FILE } from '../ai-transparency/data-versions.js';
import { AI_TRANSPARENCY_DOC_PATH, renderAiTransparency, TEMPLATE_FILE } from '../ai-transparency/document.js';

const committed = readFileSync(join(repoRoot, AI_TRANSPARENCY_DOC_PATH), 'utf8');
const template = readFileSync(TEMPLATE_FILE, 'utf8');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The first line where two texts differ, to say what is stale. */
function firstDifference(expected: string, actual: string): string | undefined {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return `line ${i + 1}: expected ${JSON.stringify(a[i] ?? '<end of file>')}, found ${JSON.stringify(b[i] ?? '<end of file>')}`;
  }
  return undefined;
}

describe('docs/ai-transparency.md', () => {
  it('is what the generator writes from the current code and data', () => {
    const difference = firstDifference(renderAiTransparency(), committed);
    expect(difference === undefined ? 'up to date' : `${AI_TRANSPARENCY_DOC_PATH} is stale (${difference}); run \`npm run ai:transparency\``).toBe('up to date');
  });

  it('describes every task of the AI layer with each of its prompt variants', () => {
    for (const task of AI_TASKS) {
      expect(committed).toContain(`Task \`${task}\`, called in-process by the \`${task.split('.')[0]}\` subgraph`);
      for (const variant of PROMPT_VARIANTS[task]) expect(committed).toContain(`| \`${variant}\``);
    }
  });

  it('states the hash and passage count of the shipped corpus', () => {
    const corpus = readFileSync(CORPUS_FILE, 'utf8');
    expect(committed).toContain(`| \`packages/ai/data/corpus-fr.txt\` | \`${sha256(CORPUS_FILE)}\` | ${Buffer.byteLength(corpus).toLocaleString('en-US')} | ${referenceCorpus().passages.length}: `);
  });

  it('states the hash and data version of the Aube seed, and every source with its licence and attribution', () => {
    const seed = readSeed();
    expect(committed).toContain(`| \`${sha256(SEED_FILE)}\` |`);
    expect(committed).toContain(seed.dataVersion);
    expect(seed.sources.map((s) => s.id).sort()).toEqual(Object.keys(SOURCE_DEFINITIONS).sort());
    for (const source of Object.values(SOURCE_DEFINITIONS)) {
      expect(committed).toContain(`(\`${source.id}\`) |`);
      expect(committed).toContain(`| ${source.licence} | ${source.attribution} |`);
    }
  });

  it('names local as the default provider and lists every AI_* setting', () => {
    expect(aiEnv.parse({}).AI_PROVIDER).toBe('local');
    expect(committed).toContain('| `local` | `phoenix-local-1` | default (`AI_PROVIDER=local`)');
    for (const variable of Object.keys(aiEnv.shape)) expect(committed).toContain(`| \`${variable}\` |`);
  });

  it('lists every injection family and special category the guardian knows', () => {
    for (const family of Object.keys(FAMILY_WEIGHTS)) expect(committed).toContain(`| \`${family}\` |`);
    for (const category of SPECIAL_CATEGORIES) expect(committed).toContain(`| \`${category}\` |`);
  });
});

describe('the statement generator', () => {
  it('refuses a template that leaves out a task of the AI layer', () => {
    expect(() => renderAiTransparency(template.replace('{{feature:iris.reply}}', ''))).toThrow('{{feature:iris.reply}}');
  });

  it('refuses unknown, repeated and misused placeholders', () => {
    expect(() => renderAiTransparency(`${template}\n{{feature:aube.score}}\n`)).toThrow('names no task of the AI layer');
    expect(() => renderAiTransparency(`${template}\n{{green.totals}}\n`)).toThrow('is not a section');
    expect(() => renderAiTransparency(`${template}\n{{green}}\n`)).toThrow('more than once');
  });
});
