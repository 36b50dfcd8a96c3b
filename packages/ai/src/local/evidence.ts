import { detectPii } from '@phoenix/logger';
import { stemSet, words } from '../text/french.js';
import type { Keyword } from '../text/keywords.js';
import { splitSentences } from '../text/sentences.js';

/** A sentence of the user's text that backs a claim, with how well it matches. */
export interface Evidence {
  sentence: string;
  score: number;
  quantified: boolean;
}

/**
 * The sentences of `text` that best match `keywords` (a CV line that names what the offer
 * asks for), best first. Lines carrying personal data, headings and fragments are skipped;
 * a quantified result (a number) counts extra, as recruiters weigh those most.
 */
export function findEvidence(text: string, keywords: readonly Keyword[], limit = 2): Evidence[] {
  const weights = new Map(keywords.map((k) => [k.stem, k.score]));
  return splitSentences(text)
    .filter((sentence) => isUsable(sentence))
    .map((sentence) => {
      const stems = stemSet(sentence);
      const score = [...stems].reduce((sum, s) => sum + (weights.get(s) ?? 0), 0);
      const quantified = isQuantified(sentence);
      return { sentence, score: score * (quantified ? 1.5 : 1), quantified };
    })
    .filter((evidence) => evidence.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

// A measured result: a percentage or amount, or a count of ten or more (people, clients,
// projects). Years and "9 ans d'expérience" are not results.
function isQuantified(sentence: string): boolean {
  const withoutYears = sentence.replace(/\b(19|20)\d{2}\b/g, '');
  return /\d\s?(%|k?€|m€|euros?)/i.test(withoutYears) || /\b\d{2,}(?![\d,.]?\d*\s?(ans|années)\b)/.test(withoutYears);
}

function isUsable(sentence: string): boolean {
  const count = words(sentence).length;
  if (count < 4 || count > 35) return false;
  if (/:\s*$/.test(sentence) || sentence === sentence.toUpperCase()) return false;
  // "Titre — 9 ans d'expérience", "Ville | téléphone", "2015 – 2024 Poste": CV headers, not achievements.
  if (/\s[—|]\s/.test(sentence) || /^(19|20)\d{2}\b/.test(sentence)) return false;
  // Comma-separated lists ("Compétences : Excel, SAP, …") name skills, they do not show them.
  if ((sentence.match(/,/g) ?? []).length >= 3) return false;
  return detectPii(sentence).length === 0;
}
