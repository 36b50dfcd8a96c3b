import { z } from 'zod';
import { commonEnv, loadConfig, portEnv } from '@phoenix/config';
import { isTimeZone } from '@phoenix/plans';

/** The letters subgraph's environment (docs/letters.md, .env.example). The AI layer reads its own `AI_*` variables. */
export const lettersEnv = commonEnv.extend({
  LETTERS_PORT: portEnv.default(4003),
  LETTERS_HOST: z.string().default('127.0.0.1'),
  CONTEXT_TOKEN_PUBLIC_KEY: z.string().optional(),
  /** The calendar months of the letter quota are counted in this IANA time zone. */
  LETTERS_QUOTA_TIME_ZONE: z.string().refine(isTimeZone, 'expected an IANA time zone such as Europe/Paris').default('Europe/Paris'),
});

export type LettersConfig = z.infer<typeof lettersEnv>;

/** Reads the configuration at start-up; prints every problem and exits 1 when invalid. */
export function loadLettersConfig(): LettersConfig {
  return loadConfig('letters', lettersEnv);
}
