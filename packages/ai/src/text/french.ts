import { fra } from 'stopword';
import { stemFr } from './stemmer-fr.js';

/** A content word of a text and its stem. */
export interface Term {
  word: string;
  stem: string;
}

// Words too common in job-market French to tell one text from another, on top of the
// library's grammatical stop words.
const DOMAIN_STOP_WORDS = [
  'afin', 'ainsi', 'alors', 'aussi', 'autre', 'autres', 'avant', 'après', 'bien', 'car', 'cela', 'celle', 'celui',
  'cet', 'cette', 'chaque', 'chez', 'comme', 'dont', 'donc', 'elles', 'encore', 'entre', 'être', 'faire', 'fait',
  'leurs', 'lors', 'moins', 'notamment', 'outre', 'par', 'parce', 'peu', 'peut', 'peuvent', 'plus', 'plutôt',
  'pour', 'pourquoi', 'quand', 'quel', 'quelle', 'quelles', 'quels', 'sans', 'sein', 'selon', 'sera', 'seront',
  'sous', 'souvent', 'surtout', 'tant', 'tel', 'telle', 'toujours', 'tous', 'tout', 'toute', 'toutes', 'très',
  'vers', 'voici', 'voilà', 'vos', 'votre', 'vous', 'nous', 'notre', 'nos', 'mes', 'mon', 'ses', 'son', 'sont',
  'avez', 'avons', 'ont', 'été', 'était', 'etc', 'madame', 'monsieur', 'hui', 'aujourd',
  // Job-offer boilerplate: says how much a skill matters, never which skill.
  'site', 'atout', 'indispensable', 'indispensables', 'apprécié', 'appréciée', 'souhaité', 'souhaitée', 'exigé',
  'exigée', 'requis', 'requise', 'idéalement', 'impérativement', 'garant', 'garante', 'h/f', 'f/h', 'profil', 'poste',
  'postes', 'mission', 'missions', 'rémunération', 'recherché', 'recherchée', 'recherchons', 'recrute', 'recrutons',
  'dizaine', 'quinzaine', 'vingtaine', 'trentaine', 'quarantaine', 'cinquantaine', 'centaine', 'variés', 'variées',
  // Conversational words of questions put to an assistant.
  'comment', 'voudrais', 'voudrait', 'aimerais', 'aimerait', 'souhaiterais', 'faut', 'dois', 'doit', 'possible',
  'quoi', 'veux', 'peux', 'pense', 'sais', 'savoir', 'demande', 'merci', 'bonjour',
];

const STOP_WORDS: ReadonlySet<string> = new Set([...fra, ...DOMAIN_STOP_WORDS]);
// Anything but French letters, digits and hyphens separates words (natural's AggressiveTokenizerFr;
// its case-insensitive flag is kept so that the same characters separate).
const WORD_SEPARATOR = /[^a-z0-9äâàéèëêïîöôùüûœç-]+/i;
const HAS_LETTER = /\p{L}/u;

/** The words of a French text, lower-cased, in order (elisions such as « l' » split off). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(WORD_SEPARATOR)
    .map((token) => token.replace(/^-+|-+$/g, ''))
    .filter((token) => token.length > 0 && HAS_LETTER.test(token));
}

/** True for French grammatical stop words and the job-market words too common to matter. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** The Porter stem of a French word (« développeurs » → « développeur »). */
export function stem(word: string): string {
  return stemFr(word.toLowerCase());
}

/** The content words of a text with their stems: stop words and words under three letters left out. */
export function contentTerms(text: string): Term[] {
  return words(text)
    .filter((word) => word.length >= 3 && !isStopWord(word))
    .map((word) => ({ word, stem: stem(word) }));
}

/** The set of stems of a text's content words. */
export function stemSet(text: string): Set<string> {
  return new Set(contentTerms(text).map((term) => term.stem));
}

/** Stems of every word of `phrases`, stop words included (a company name, a job title). */
export function stemsOf(...phrases: (string | undefined)[]): Set<string> {
  return new Set(phrases.flatMap((phrase) => words(phrase ?? '').map((word) => stem(word))));
}
