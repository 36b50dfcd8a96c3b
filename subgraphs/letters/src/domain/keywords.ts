import { extractKeywords, stem, stemSet, words } from '@phoenix/ai';
import { withoutInclusiveSuffixes } from './text.js';

/** A keyword of a job offer: its stem (what is compared) and the form the offer uses most. */
export interface OfferKeyword {
  stem: string;
  word: string;
}

/** How many offer keywords ATS coverage and grounding look at. */
export const OFFER_KEYWORD_LIMIT = 15;

// Grammatical words the stop-word list lacks; they would otherwise pass for rare terms.
const FUNCTION_WORDS = ['dès', 'contre', 'depuis', 'pendant', 'parmi', 'auprès', 'via', 'lorsque', 'puis', 'ensuite', 'déjà', 'grâce', 'travers', 'autour', 'plusieurs', 'quelques', 'certains', 'certaines', 'chacun', 'chacune'];
const FUNCTION_STEMS = new Set(FUNCTION_WORDS.map((word) => stem(word)));

/**
 * The offer's keywords, best first: TF-IDF on French stems against the AI layer's reference
 * corpus (stop words removed), without the company's name, grammatical words, and the
 * capitalised words of the title line found nowhere else (the town in « … — Kumo, Lyon »).
 * Tool names (WMS, Power BI, Salesforce) stay: they are what an ATS looks for.
 */
export function offerKeywords(offerText: string, options: { company?: string | undefined; limit?: number } = {}): OfferKeyword[] {
  const text = withoutInclusiveSuffixes(offerText);
  const exclude = new Set([...FUNCTION_STEMS, ...words(options.company ?? '').map((word) => stem(word)), ...titleLineNames(text)]);
  return extractKeywords(text, { limit: options.limit ?? OFFER_KEYWORD_LIMIT, exclude }).map(({ stem: keywordStem, word }) => ({ stem: keywordStem, word }));
}

/** The offer's keywords that the CV also contains: the person's skills that match the offer. */
export function matchingSkills(cvText: string, offerText: string, company?: string): OfferKeyword[] {
  const cvStems = stemSet(withoutInclusiveSuffixes(cvText));
  return offerKeywords(offerText, { company, limit: 20 }).filter((keyword) => cvStems.has(keyword.stem));
}

/** Which of `keywords` a text uses (by stem), and which it lacks, in the keywords' order. */
export function coverage(text: string, keywords: readonly OfferKeyword[]): { matched: OfferKeyword[]; missing: OfferKeyword[] } {
  const stems = stemSet(withoutInclusiveSuffixes(text));
  return { matched: keywords.filter((k) => stems.has(k.stem)), missing: keywords.filter((k) => !stems.has(k.stem)) };
}

function titleLineNames(text: string): Set<string> {
  const [titleLine = '', ...rest] = text.split(/\r?\n/);
  const elsewhere = new Set(words(rest.join('\n')));
  const capitalised = new Set((titleLine.match(/\p{Lu}[\p{L}-]*/gu) ?? []).map((word) => word.toLowerCase()));
  return new Set(
    words(titleLine)
      .filter((word) => capitalised.has(word) && !elsewhere.has(word) && word.toUpperCase() !== word)
      .map((word) => stem(word)),
  );
}
