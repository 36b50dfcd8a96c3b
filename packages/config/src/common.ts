import { z } from 'zod';

/** `"true"`/`"1"`/`"yes"` → true, `"false"`/`"0"`/`"no"` → false; anything else is an error. */
export const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A comma-separated list; empty entries dropped. */
export const csvList = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
);

export const portEnv = z.coerce.number().int().min(0).max(65535);

/** Variables every deployable reads. */
export const commonEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PHOENIX_DATA_DIR: z.string().optional(),
});

export type CommonEnv = z.infer<typeof commonEnv>;
