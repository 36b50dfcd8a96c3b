import { readFileSync } from 'node:fs';

/** A French text fixture of this package's `test/fixtures` folder. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}
