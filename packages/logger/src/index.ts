import { pino, type Logger, type LoggerOptions } from 'pino';
import { logContextFields } from './log-context.js';
import { piiRedactingDestination, type LineDestination } from './pii-destination.js';

export type { Logger };

/** Keys whose values never reach a log line, wherever they appear. */
export const REDACTED_KEYS = [
  'authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-phoenix-context',
  'password',
  'newPassword',
  'email',
  'confirmEmail',
  'displayName',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'variables',
];

const redactPaths = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `req.headers["${key}"]`]);

/**
 * A JSON logger for one service, writing to stdout unless `destination` is given. Secrets and
 * personal data are censored by key (`REDACTED_KEYS`), then every line passes through the
 * pattern redaction (emails, phones, NIR, IBAN, cards, IPs) before it reaches the destination.
 * Lines carry `trace_id`/`span_id` while a traced request is active.
 */
export function createLogger(service: string, level: LoggerOptions['level'] = 'info', destination?: LineDestination): Logger {
  const options: LoggerOptions = {
    level,
    base: { service },
    redact: { paths: redactPaths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: logContextFields,
  };
  return pino(options, piiRedactingDestination(destination ?? pino.destination(1)));
}
export { scrubError } from './scrub-error.js';
export { piiRedactingDestination, type LineDestination } from './pii-destination.js';
export { setLogContext, type LogContextProvider } from './log-context.js';
export { detectPii, redactPii, redactText, type PiiFinding, type PiiKind } from './pii.js';
export { ibanValid, luhnValid, nirValid } from './checksums.js';
