import { words } from '@phoenix/ai';
import { weigh, type ScoreFactor } from './ats.js';
import { countFlags, genericPhrases, longSentences, missing, passiveVoice, repetitions, weakVerbs, type Suggestion } from './coach-rules.js';
import { coverage, offerKeywords } from './keywords.js';
import { letterSections } from './sections.js';
import { actionVerbs, quantifiedResults } from './signals.js';
import { clampScore, findAll, mentions, plural, sentencesOf } from './text.js';

/** The weights of DOMAIN.md: clarity, impact, personalisation, professional tone. */
export const COACH_WEIGHTS = { clarity: 0.25, impact: 0.3, personalisation: 0.25, professionalTone: 0.2 } as const;

/** What the coach knows besides the letter: the post, the company and, when known, the offer. */
export interface CoachContext {
  company: string;
  jobTitle: string;
  offerText?: string | undefined;
}

/** The coach's reading of a letter. */
export interface CoachResult {
  score: number;
  clarity: number;
  impact: number;
  personalisation: number;
  professionalTone: number;
  factors: ScoreFactor[];
  suggestions: Suggestion[];
}

const CASUAL_MARKERS = /(?<![\p{L}'])(salut|coucou|super|genial|trop bien|cool|hyper|ouf|bisous|tu|toi)(?![\p{L}'])|!{2,}|\p{Extended_Pictographic}/gu;
const capped = (count: number, each: number, max: number) => Math.min(max, count * each);

function clarityOf(sentences: readonly string[], flags: readonly Suggestion[]): number {
  const lengths = sentences.map((sentence) => words(sentence).length).filter((n) => n > 3);
  const average = lengths.length === 0 ? 0 : lengths.reduce((a, b) => a + b, 0) / lengths.length;
  return clampScore(100 - capped(countFlags(flags, 'LONG_SENTENCE'), 12, 36) - Math.min(20, Math.max(0, average - 25) * 2) - capped(countFlags(flags, 'REPETITION'), 8, 24));
}

function impactOf(text: string, flags: readonly Suggestion[]): { score: number; verbs: number; results: number } {
  const verbs = actionVerbs(text).length;
  const results = quantifiedResults(text).length;
  const score = 40 + capped(verbs, 10, 30) + capped(results, 15, 30) - capped(countFlags(flags, 'PASSIVE_VOICE'), 10, 30) - capped(countFlags(flags, 'WEAK_VERB'), 8, 24);
  return { score: clampScore(score), verbs, results };
}

function personalisationOf(text: string, context: CoachContext, flags: readonly Suggestion[]): { score: number; keywordShare: number | undefined } {
  const keywords = context.offerText ? offerKeywords(context.offerText, { company: context.company }) : [];
  const keywordShare = keywords.length > 0 ? coverage(text, keywords).matched.length / keywords.length : undefined;
  const addressed = findAll(text, /(?<![\p{L}])(vous|votre|vos)(?![\p{L}])/gu).length >= 3;
  const score =
    (mentions(text, context.company) ? 30 : 0) +
    (mentions(text, context.jobTitle) ? 15 : 0) +
    40 * (keywordShare ?? 0.5) +
    (addressed ? 15 : 0) -
    capped(countFlags(flags, 'GENERIC_PHRASE'), 8, 32);
  return { score: clampScore(score), keywordShare };
}

function professionalToneOf(text: string, flags: readonly Suggestion[]): number {
  const { greeting, closing } = letterSections(text);
  const casual = findAll(text, CASUAL_MARKERS).length;
  const exclamations = (text.match(/!/g) ?? []).length;
  const shouting = (text.match(/(?<!\p{L})\p{Lu}{5,}(?!\p{L})/gu) ?? []).length;
  return clampScore(
    100 - (greeting ? 0 : 20) - (closing ? 0 : 25) - capped(casual, 10, 40) - Math.max(0, exclamations - 1) * 5 - capped(countFlags(flags, 'GENERIC_PHRASE'), 4, 16) - capped(shouting, 5, 15),
  );
}

function missingElements(text: string, context: CoachContext, results: number): Suggestion[] {
  const { greeting, closing } = letterSections(text);
  return [
    mentions(text, context.company) ? undefined : missing(`La lettre ne nomme pas ${context.company} : citez l’entreprise et ce qui vous attire chez elle.`),
    results > 0 ? undefined : missing('Aucun résultat chiffré : ajoutez un pourcentage, un volume ou un gain de temps obtenu.'),
    greeting ? undefined : missing('Pas de formule d’appel : commencez par « Madame, Monsieur, » ou le nom du recruteur.'),
    closing ? undefined : missing('Pas de formule de politesse finale : terminez par « Je vous prie d’agréer… » ou une formule adaptée au ton.'),
  ].filter((s): s is Suggestion => s !== undefined);
}

/**
 * Coaches a letter: clarity (sentence length, repetition), impact (action verbs, quantified
 * results, no passive voice or weak verbs), personalisation (the company, the post, the
 * offer's keywords, no generic phrases) and professional tone (greeting and closing formulas,
 * no familiar language), weighted 0.25 / 0.30 / 0.25 / 0.20, with suggestions that point at
 * the sentences concerned.
 */
export function coachLetter(text: string, context: CoachContext): CoachResult {
  const sentences = sentencesOf(text);
  const expected = new Set([...words(context.company), ...words(context.jobTitle)]);
  const flags = [...genericPhrases(sentences), ...passiveVoice(sentences), ...weakVerbs(sentences), ...repetitions(sentences, expected), ...longSentences(sentences)];
  const clarity = clarityOf(sentences, flags);
  const impact = impactOf(text, flags);
  const personalisation = personalisationOf(text, context, flags);
  const professionalTone = professionalToneOf(text, flags);
  const share = personalisation.keywordShare === undefined ? 'offre inconnue' : `${Math.round(personalisation.keywordShare * 100)} % des mots-clés de l’offre`;
  const { score, factors } = weigh([
    { name: 'clarity', weight: COACH_WEIGHTS.clarity, score: clarity, detail: 'Longueur des phrases et répétitions.' },
    { name: 'impact', weight: COACH_WEIGHTS.impact, score: impact.score, detail: `${plural(impact.verbs, 'verbe d’action', 'verbes d’action')}, ${plural(impact.results, 'résultat chiffré', 'résultats chiffrés')} ; voix passive et verbes faibles déduits.` },
    { name: 'personalisation', weight: COACH_WEIGHTS.personalisation, score: personalisation.score, detail: `Entreprise, poste, ${share}, formules toutes faites déduites.` },
    { name: 'professionalTone', weight: COACH_WEIGHTS.professionalTone, score: professionalTone, detail: 'Formules d’appel et de politesse, registre de langue.' },
  ]);
  const ordered = [...flags].sort((a, b) => (a.sentenceIndex ?? 0) - (b.sentenceIndex ?? 0));
  return {
    score,
    clarity,
    impact: impact.score,
    personalisation: personalisation.score,
    professionalTone,
    factors,
    suggestions: [...missingElements(text, context, impact.results), ...ordered],
  };
}
