import { stemSet, words, stem } from '@phoenix/ai';
import { paragraphsOf, letterSections } from './sections.js';

/** The latest Aube analysis, as the client read it through the gateway. */
export interface AubeContext {
  occupationCode?: string | undefined;
  occupationTitle: string;
  resilienceScore?: number | undefined;
  skills?: readonly string[] | undefined;
}

// « Conseiller clientèle » inside a sentence, acronyms kept (« DRH »).
function lowerFirst(text: string): string {
  return /^\p{Lu}{2}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function frenchList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/**
 * The sentence a letter gains from the Aube analysis: the skills the analysis found that the
 * letter does not already name (at most three). A recruiter reads skills, not a score, so the
 * resilience figure itself stays out of the letter.
 */
export function aubeSentence(letterText: string, aube: AubeContext): string | undefined {
  const named = stemSet(letterText);
  const fresh = (aube.skills ?? []).filter((skill) => !words(skill).some((word) => named.has(stem(word)))).slice(0, 3);
  if (fresh.length === 0) return undefined;
  return `Le bilan de mes compétences face à l’évolution de mon métier de ${lowerFirst(aube.occupationTitle)} a confirmé des atouts que je mettrai directement à votre service : ${frenchList(fresh)}.`;
}

/**
 * The letter with the Aube sentence added at the end of the « me » paragraph (the body's
 * second-to-last paragraph, before « us »), or unchanged when the analysis adds nothing.
 */
export function withAubeContext(letterText: string, aube: AubeContext): { text: string; used: boolean } {
  const sentence = aubeSentence(letterText, aube);
  if (!sentence) return { text: letterText, used: false };
  const { body, hook } = letterSections(letterText);
  const target = body.length >= 2 ? body[body.length - 2] : (body[0] ?? hook);
  if (!target) return { text: letterText, used: false };
  const paragraphs = paragraphsOf(letterText).map((paragraph) => (paragraph === target ? `${paragraph} ${sentence}` : paragraph));
  return { text: paragraphs.join('\n\n'), used: true };
}
