/** The parts of a French cover letter. */
export interface LetterSections {
  subject: string | null;
  greeting: string | null;
  hook: string | null;
  body: string[];
  closing: string | null;
}

const SUBJECT = /^objet\s*:\s*/i;
const CLOSING = /(salutations|agréer|agreer|cordialement|bien à vous|à très vite|a tres vite|sincères|respectueusement|considération)/i;

/** Splits a letter into paragraphs (blank lines between them). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

function isGreeting(paragraph: string): boolean {
  return paragraph.length <= 80 && /,\s*$/.test(paragraph) && !CLOSING.test(paragraph);
}

// A signature: a short line without sentence punctuation, after the closing formula.
function isSignature(paragraph: string): boolean {
  return paragraph.split(/\s+/).length <= 5 && !/[.,;:!?]/.test(paragraph);
}

/**
 * Reads the structure of a letter: « Objet : … », the greeting, the hook (first paragraph),
 * the body (you / me / us), and the closing formula. Parts the letter lacks are null.
 */
export function letterSections(text: string): LetterSections {
  const paragraphs = paragraphsOf(text);
  let start = 0;
  let subject: string | null = null;
  const first = paragraphs[0];
  if (first !== undefined && SUBJECT.test(first)) {
    subject = first.replace(SUBJECT, '').trim();
    start = 1;
  }
  let greeting: string | null = null;
  const candidate = paragraphs[start];
  if (candidate !== undefined && isGreeting(candidate)) {
    greeting = candidate;
    start += 1;
  }
  let end = paragraphs.length;
  if (end - 1 > start && isSignature(paragraphs[end - 1] ?? '')) end -= 1;
  let closing: string | null = null;
  if (end - 1 >= start && CLOSING.test(paragraphs[end - 1] ?? '')) {
    closing = paragraphs[end - 1] ?? null;
    end -= 1;
  }
  const [hook = null, ...body] = paragraphs.slice(start, end);
  return { subject, greeting, hook, body, closing };
}
