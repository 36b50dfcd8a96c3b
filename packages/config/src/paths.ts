import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root, whatever the working directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where development state (embedded database, generated keys) is kept between runs. */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(repoRoot, env.PHOENIX_DATA_DIR ?? '.data');
}
