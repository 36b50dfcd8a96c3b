import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@phoenix/logger';

export interface SupergraphFileOptions {
  path: string;
  logger: Logger;
  /** Quiet period after the last file event before re-reading; editors write in bursts. */
  debounceMs?: number;
}

/**
 * The gateway's `supergraphSdl` hook: reads the composed supergraph file, then watches it
 * and hands every new version to the gateway. A version the gateway refuses (unreadable,
 * invalid, not composable) is logged and the previous schema keeps serving.
 */
export function supergraphFromFile(options: SupergraphFileOptions): SupergraphSdlHook {
  const { path, logger } = options;
  const debounceMs = options.debounceMs ?? 200;

  return async ({ update }) => {
    let current: string;
    try {
      current = await readFile(path, 'utf8');
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new Error(missing ? `No supergraph at ${path}: run \`npm run compose\` or set SUPERGRAPH_PATH.` : `Cannot read the supergraph at ${path}`, {
        cause: error,
      });
    }
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;

    const reload = async () => {
      let next: string;
      try {
        next = await readFile(path, 'utf8');
      } catch (error) {
        logger.error({ err: error, path }, 'supergraph file unreadable; keeping the previous schema');
        return;
      }
      if (stopped || next === current) return;
      try {
        update(next);
        current = next;
        logger.info({ path }, 'supergraph reloaded');
      } catch (error) {
        logger.error({ err: error, path }, 'supergraph update refused; keeping the previous schema');
      }
    };

    // Watching the directory survives editors and scripts that replace the file by rename.
    const watcher: FSWatcher = watch(dirname(path), (_event, filename) => {
      if (filename !== null && filename !== basename(path)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), debounceMs);
    });
    watcher.on('error', (error) => logger.error({ err: error, path }, 'supergraph watcher failed'));

    return {
      supergraphSdl: current,
      async cleanup() {
        stopped = true;
        clearTimeout(timer);
        watcher.close();
      },
    };
  };
}
