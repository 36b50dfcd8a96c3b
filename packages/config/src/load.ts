import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { repoRoot } from './paths.js';

export class ConfigError extends Error {
  constructor(
    readonly deployable: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration for ${deployable}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses `env` with `schema`, collecting every problem instead of stopping at the first. */
export function parseConfig<S extends z.ZodType>(
  deployable: string,
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(environment)';
    return `${key}: ${issue.message}`;
  });
  throw new ConfigError(deployable, problems);
}

let envFileLoaded = false;

/**
 * Reads the deployable's configuration once at start-up. The repository's `.env` (if any)
 * fills variables the environment does not set. Every problem is printed, then the
 * process exits with code 1.
 */
export function loadConfig<S extends z.ZodType>(deployable: string, schema: S): z.infer<S> {
  if (!envFileLoaded) {
    envFileLoaded = true;
    const envFile = join(repoRoot, '.env');
    if (existsSync(envFile)) process.loadEnvFile(envFile);
  }
  try {
    return parseConfig(deployable, schema);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
