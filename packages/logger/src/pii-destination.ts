import { redactText } from './pii.js';

/** Anything pino can write serialised lines to. */
export interface LineDestination {
  write(line: string): unknown;
}

/**
 * A pino destination that redacts personal data found by pattern (emails, phones, NIR, IBAN,
 * cards, IP addresses) in every serialised line before handing it to `destination`. Key-based
 * censoring misses what sits in free text (a message, an error); this catches it.
 */
export function piiRedactingDestination(destination: LineDestination = process.stdout): { write(line: string): void } {
  return {
    write(line: string) {
      destination.write(redactText(line));
    },
  };
}
