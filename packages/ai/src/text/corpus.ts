import { readFileSync } from 'node:fs';
import { contentTerms } from './french.js';

/** A passage of the shipped French reference corpus. */
export interface Passage {
  id: string;
  topic: string;
  title: string;
  text: string;
}

/** The reference corpus with the document frequencies of its stems. */
export interface ReferenceCorpus {
  readonly passages: readonly Passage[];
  /** Inverse document frequency of a stem; unseen stems get the highest value. */
  idf(stem: string): number;
}

const CORPUS_FILE = new URL('../../data/corpus-fr.txt', import.meta.url);

/**
 * Parses the corpus format: `# topic: <name>` opens a section, `## <title>` a passage, and
 * the lines after it are its text; other `#` lines are comments.
 */
export function parseCorpus(source: string): Passage[] {
  const passages: Passage[] = [];
  let topic = '';
  let current: Passage | undefined;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    const topicMatch = /^# topic:\s*([a-z_]+)$/.exec(line);
    if (topicMatch?.[1]) {
      topic = topicMatch[1];
      current = undefined;
    } else if (line.startsWith('## ')) {
      current = { id: `${topic}-${passages.length + 1}`, topic, title: line.slice(3).trim(), text: '' };
      passages.push(current);
    } else if (line.startsWith('#') || line.length === 0) {
      continue;
    } else if (current) {
      current.text = current.text ? `${current.text} ${line}` : line;
    }
  }
  return passages;
}

let shipped: ReferenceCorpus | undefined;

/** The corpus shipped in `data/corpus-fr.txt`, parsed and indexed once. */
export function referenceCorpus(): ReferenceCorpus {
  if (shipped) return shipped;
  const passages = parseCorpus(readFileSync(CORPUS_FILE, 'utf8'));
  const frequencies = documentFrequencies(passages.map((passage) => contentTerms(`${passage.title} ${passage.text}`).map((t) => t.stem)));
  const idf = (stem: string): number => inverseDocumentFrequency(passages.length, frequencies.get(stem) ?? 0);
  shipped = { passages, idf };
  return shipped;
}

/** In how many documents each stem occurs. */
export function documentFrequencies(documents: readonly (readonly string[])[]): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const stems of documents) {
    for (const stem of new Set(stems)) frequencies.set(stem, (frequencies.get(stem) ?? 0) + 1);
  }
  return frequencies;
}

/**
 * The smoothed inverse document frequency 1 + ln(N / (1 + df)), the formula of natural's TfIdf
 * that the keyword weights were tuned with: a stem no document has gets 1 + ln N.
 */
export function inverseDocumentFrequency(documentCount: number, documentFrequency: number): number {
  return 1 + Math.log(documentCount / (1 + documentFrequency));
}
