import { redactText } from './pii.js';

/**
 * A pino destination that redacts personal data (emails, phones, NIR, IBAN, cards, IPs) in
 * every serialised log line before writing it to `destination` (stdout by default). Pass it
 * as the destination of `createLogger` so no log line leaves the process with such data.
 */
export function piiRedactingDestination(destination: { write(line: string): unknown } = process.stdout): { write(line: string): void } {
  return {
    write(line: string) {
      destination.write(redactText(line));
    },
  };
}
