import { stem, words } from '@phoenix/ai';
import { excerpt, findAll, fold, sentencesOf } from './text.js';

// Verbs that show the writer acting and obtaining something, with the participles whose stem
// differs from the infinitive's (« conduit », « réduit », « obtenu »).
const ACTION_VERBS: readonly (readonly string[])[] = [
  ['piloter'], ['diriger'], ['encadrer'], ['coordonner'], ['organiser'], ['animer'], ['concevoir', 'conçu'],
  ['créer'], ['développer'], ['lancer'], ['déployer'], ['optimiser'], ['améliorer'], ['réduire', 'réduit'], ['augmenter'],
  ['accroître', 'accru'], ['automatiser'], ['fiabiliser'], ['négocier'], ['convaincre', 'convaincu'], ['former'],
  ['accompagner'], ['conduire', 'conduit'], ['mener', 'mené'], ['réaliser'], ['obtenir', 'obtenu'], ['atteindre', 'atteint'],
  ['dépasser'], ['gérer'], ['superviser'], ['structurer'], ['simplifier'], ['résoudre', 'résolu'], ['rédiger'], ['analyser'],
  ['construire', 'construit'], ['transformer'], ['moderniser'], ['recruter'], ['fédérer'], ['instaurer'],
  ['doubler'], ['tripler'], ['sécuriser'], ['standardiser'], ['paramétrer'], ['détecter'], ['signaler'],
];

const ACTION_STEMS: ReadonlyMap<string, string> = new Map(ACTION_VERBS.flatMap((forms) => forms.map((form) => [stem(form), forms[0] ?? form] as const)));
// Verb forms only: « j’ai piloté », « je pilote », « pilotant »; nouns such as « pilotage » or
// « encadrement » have other stems or end in -ment.
const VERB_ENDING = /(é|ée|és|ées|er|e|es|ons|ez|ent|ais|ait|ions|iez|aient|ant|i|is|it|u|us|ue|ues|int|uit)$/u;
const PUT_IN_PLACE = /\b(mis|mise|mises|mettre|mets|met|mettons)\s+en\s+(place|œuvre|oeuvre)\b/gu;

// « je pilote », « il forme »: without a subject pronoun these endings are nouns and adjectives
// (« une double vérification », « la forme »).
const NOUN_LIKE_ENDING = /(e|es|ent)$/u;
const SUBJECTS = new Set(['je', 'j', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles']);

/** The distinct action verbs a text uses, as it writes them (« piloté », « mis en place »). */
export function actionVerbs(text: string): string[] {
  const found = new Map<string, string>();
  const tokens = words(text);
  for (const [index, word] of tokens.entries()) {
    if (word.endsWith('ment') || !VERB_ENDING.test(word)) continue;
    if (NOUN_LIKE_ENDING.test(word) && !SUBJECTS.has(tokens[index - 1] ?? '')) continue;
    const lemma = ACTION_STEMS.get(stem(word));
    if (lemma && !found.has(lemma)) found.set(lemma, word);
  }
  for (const match of findAll(text, PUT_IN_PLACE)) if (!found.has('mettre en place')) found.set('mettre en place', match.text.toLowerCase());
  return [...found.values()];
}

const AMOUNT = /\d[\d\s,.]*\s?(%|k€|m€|€|euros?|heures?|jours?|semaines?|points?)(?!\p{L})/iu;
const COUNT = /(?<![\d,.])\d{2,}(?![\d,.]*\s?(ans|années|an)\b)/u;
const MULTIPLIER = /(?<!\p{L})[x×]\s?\d+(?![\d])/u;

/** True when a sentence states a measured result: a percentage, an amount, a duration saved, a count of ten or more. */
export function isQuantified(sentence: string): boolean {
  const withoutYears = sentence.replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, '');
  return AMOUNT.test(withoutYears) || COUNT.test(withoutYears) || MULTIPLIER.test(withoutYears);
}

/** The sentences of a text that state a measured result. */
export function quantifiedResults(text: string): string[] {
  return sentencesOf(text).filter(isQuantified);
}

export type FormattingProblemKind = 'TABLE' | 'COLUMNS' | 'SPECIAL_GLYPHS' | 'HEADER_FOOTER';

export interface FormattingProblem {
  kind: FormattingProblemKind;
  /** 1-based. */
  line: number;
  excerpt: string;
}

const TABLE_LINE = /(\|.*\|)|(\S\t+\S)|(^\s*[+|]?[-=─━]{3,}[+|][-=─━+|]*\s*$)/u;
const COLUMN_GAP = /\S {3,}\S/u;
const GLYPH = /[\p{Extended_Pictographic}\u2190-\u21ff\u2500-\u257f\u2580-\u259f\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\uf000-\uf8ff]/u;
const HEADER_FOOTER = /^\s*(page\s+\d+(\s*(\/|sur)\s*\d+)?|-\s*\d+\s*-|confidentiel\b|en-tete\b|pied de page\b)/u;

/**
 * What an ATS parser stumbles on, first occurrence of each kind: tables (cells between `|`
 * or tabs, ruled lines), columns (two or more lines with runs of spaces between words),
 * special glyphs (emoji, pictograms, arrows, box drawing, private-use icon fonts) and page
 * headers or footers.
 */
export function formattingProblems(text: string): FormattingProblem[] {
  const lines = text.split(/\r?\n/);
  const problems: FormattingProblem[] = [];
  const first = (kind: FormattingProblemKind, test: (line: string) => boolean) => {
    const index = lines.findIndex(test);
    const line = lines[index];
    if (line !== undefined) problems.push({ kind, line: index + 1, excerpt: excerpt(line) });
  };
  first('TABLE', (line) => TABLE_LINE.test(line));
  if (lines.filter((line) => COLUMN_GAP.test(line.trim())).length >= 2) first('COLUMNS', (line) => COLUMN_GAP.test(line.trim()));
  first('SPECIAL_GLYPHS', (line) => GLYPH.test(line));
  first('HEADER_FOOTER', (line) => HEADER_FOOTER.test(fold(line)));
  return problems;
}
