import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/results/ (git-ignored). */
export const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));

/** A file-name-safe timestamp: 2026-03-14T10-22-05. */
export function runStamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}

/** Writes the run's results as `<stamp>.json` and `latest.json`; returns the first path. */
export function writeResults(stamp: string, results: object): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  const file = join(RESULTS_DIR, `${stamp}.json`);
  writeFileSync(file, text);
  writeFileSync(join(RESULTS_DIR, 'latest.json'), text);
  return file;
}

/** Keeps a copy of `file` in bench/results/ under `name`; returns the copy's path. */
export function keepInResults(file: string, name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const kept = join(RESULTS_DIR, name);
  copyFileSync(file, kept);
  return kept;
}
