import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpus } from '@phoenix/ai';
import { repoRoot } from '@phoenix/config';
import type { CatalogueSource, ImportReport } from '../../subgraphs/aube/src/import/catalogue.js';
import { readSeed, SEED_FILE } from '../../subgraphs/aube/src/import/seed.js';

/** The AI layer's French reference corpus, as shipped. */
export const CORPUS_FILE = fileURLToPath(new URL('../../packages/ai/data/corpus-fr.txt', import.meta.url));

export interface FileVersion {
  /** Relative to the repository root. */
  path: string;
  sha256: string;
  bytes: number;
}

export interface CorpusVersion extends FileVersion {
  passages: number;
  topics: { topic: string; passages: number }[];
}

export interface AubeSeedVersion extends FileVersion {
  dataVersion: string;
  sources: CatalogueSource[];
  report: ImportReport;
}

/** SHA-256 and size of a file: what identifies a data version whatever its format. */
export function fileVersion(file: string): FileVersion {
  const content = readFileSync(file);
  return { path: relative(repoRoot, file), sha256: createHash('sha256').update(content).digest('hex'), bytes: content.length };
}

/** The reference corpus: its hash and its passages per topic, parsed as the local engine parses it. */
export function corpusVersion(file: string = CORPUS_FILE): CorpusVersion {
  const passages = parseCorpus(readFileSync(file, 'utf8'));
  const topics = new Map<string, number>();
  for (const passage of passages) topics.set(passage.topic, (topics.get(passage.topic) ?? 0) + 1);
  return { ...fileVersion(file), passages: passages.length, topics: [...topics].map(([topic, count]) => ({ topic, passages: count })) };
}

/** The Aube seed catalogue: its hash, the data version it states, its sources and its counts. */
export function aubeSeedVersion(file: string = SEED_FILE): AubeSeedVersion {
  const seed = readSeed(file);
  return { ...fileVersion(file), dataVersion: seed.dataVersion, sources: seed.sources, report: seed.report };
}
