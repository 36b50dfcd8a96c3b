import { existsSync } from 'node:fs';

/**
 * Imports a bench module another issue owns, when it exists. The path is computed, so this
 * runner type-checks and runs whether or not the module has landed yet.
 */
export async function importOptional(relativeToBench: string): Promise<Record<string, unknown> | undefined> {
  const url = new URL(`../${relativeToBench}`, import.meta.url);
  if (!existsSync(url)) return undefined;
  return (await import(url.href)) as Record<string, unknown>;
}

/** Rejects with a clear message when `promise` takes longer than `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
