import { isIP } from 'node:net';
import { ibanValid, luhnValid, nirValid } from './checksums.js';

/** The kinds of personal data the guardian finds in free text. */
export type PiiKind = 'email' | 'phone' | 'nir' | 'iban' | 'card' | 'ip';

/** Where a piece of personal data sits in the text; the value itself is never kept. */
export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
}

interface Detector {
  kind: PiiKind;
  pattern: RegExp;
  valid?: (match: string) => boolean;
}

// In priority order: a span taken by an earlier detector is not offered to later ones
// (a NIR is also a run of digits that a card pattern would see).
const DETECTORS: readonly Detector[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  { kind: 'iban', pattern: /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g, valid: ibanValid },
  {
    kind: 'nir',
    pattern: /(?<![\w-])[1-478][ \u00a0.]?\d{2}[ \u00a0.]?\d{2}[ \u00a0.]?(?:\d{2}|2[AB])[ \u00a0.]?\d{3}[ \u00a0.]?\d{3}[ \u00a0.]?\d{2}(?![\w-])/g,
    valid: nirValid,
  },
  // Lazy, so a card followed by other digits ("… 7897 12/27") ends at its own last group.
  { kind: 'card', pattern: /(?<![\w-])[2-6](?:[ \u00a0-]?\d){12,18}?(?![\w-])/g, valid: (m) => luhnValid(m.replace(/\D/g, '')) },
  { kind: 'phone', pattern: /(?<![\w+])(?:(?:\+|00)33[ \u00a0.-]?(?:\(0\)[ \u00a0.-]?)?[1-9]|0[1-9])(?:[ \u00a0.-]?\d{2}){4}(?!\w)/g },
  { kind: 'ip', pattern: /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/g, valid: (m) => isIP(m) === 4 && !m.startsWith('127.') && m !== '0.0.0.0' },
  // Any run of hex digits and colons with two colons or more is a candidate; node:net decides.
  { kind: 'ip', pattern: /(?<![\w:])(?=[0-9a-f]*:[0-9a-f]*:)[0-9a-f:]{3,39}(?![\w:])/gi, valid: (m) => isIP(m) === 6 && m !== '::1' && m !== '::' },
];

const PLACEHOLDERS: Readonly<Record<PiiKind, string>> = {
  email: '[EMAIL]',
  phone: '[PHONE]',
  nir: '[NIR]',
  iban: '[IBAN]',
  card: '[CARD]',
  ip: '[IP]',
};

/**
 * Finds email addresses, French phone numbers, NIRs (key checked), IBANs (mod 97 checked),
 * payment card numbers (Luhn checked) and IP addresses, in text order. Numbers whose check
 * fails are not reported: they are not what they look like.
 */
export function detectPii(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const overlaps = (start: number, end: number) => findings.some((f) => start < f.end && end > f.start);
  for (const detector of DETECTORS) {
    for (const match of text.matchAll(detector.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end) || (detector.valid && !detector.valid(match[0]))) continue;
      findings.push({ kind: detector.kind, start, end });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** The text with every piece of personal data replaced by a placeholder such as `[EMAIL]`. */
export function redactPii(text: string): { text: string; findings: PiiFinding[] } {
  const findings = detectPii(text);
  let redacted = '';
  let cursor = 0;
  for (const finding of findings) {
    redacted += text.slice(cursor, finding.start) + PLACEHOLDERS[finding.kind];
    cursor = finding.end;
  }
  return { text: redacted + text.slice(cursor), findings };
}

/** Shorthand for log lines and other strings: the redacted text only. */
export function redactText(text: string): string {
  return redactPii(text).text;
}
