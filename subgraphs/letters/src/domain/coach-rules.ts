import { contentTerms, words } from '@phoenix/ai';
import { excerpt, findAll } from './text.js';

export type SuggestionKind = 'GENERIC_PHRASE' | 'PASSIVE_VOICE' | 'WEAK_VERB' | 'REPETITION' | 'LONG_SENTENCE' | 'MISSING_ELEMENT';

/** A concrete suggestion, pointing at a sentence (null for the whole letter). */
export interface Suggestion {
  kind: SuggestionKind;
  sentenceIndex: number | null;
  sentence: string | null;
  excerpt: string | null;
  message: string;
}

// Phrases found in countless letters; folded (no accents, straight apostrophes).
const GENERIC_PHRASES = [
  'je me permets de', 'par la presente', 'vous trouverez ci-joint', 'ci-joint mon cv', "je suis quelqu'un de", 'dynamique et motive', 'motive et dynamique',
  'serieux et motive', 'rigoureux et organise', 'force de proposition', "esprit d'equipe", 'sens du relationnel', "capacite d'adaptation", 'polyvalent',
  "n'hesitez pas a me contacter", 'je reste a votre disposition', 'dans l\'attente de votre reponse', 'votre entreprise', 'votre societe', 'je pense correspondre',
  'correspond parfaitement a mon profil', 'poste vacant', 'leader sur son marche', 'leader dans son domaine', "j'ai toujours ete passionne", 'depuis mon plus jeune age',
  'relever de nouveaux defis', 'motivation sans faille', 'tres motive', 'grande motivation', 'je suis passionne', 'travailleur',
];
const GENERIC = new RegExp(`(?<![\\p{L}])(${GENERIC_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'gu');

// Matched on lower-case text with its accents: « é » is what tells « est réalisée » from « est claire ».
const PARTICIPLE = '\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints|intes)';
// Verbs conjugated with « être » in the active voice (« il est arrivé »), and words that only
// look like participles (« aussi », « plus », « unique »).
const NOT_PASSIVE = new Set([
  'allé', 'allée', 'arrivé', 'arrivée', 'venu', 'venue', 'devenu', 'devenue', 'parti', 'partie', 'resté', 'restée', 'né', 'née', 'entré', 'entrée',
  'sorti', 'sortie', 'tombé', 'tombée', 'retourné', 'retournée', 'revenu', 'revenue', 'intervenu', 'intervenue',
  'ainsi', 'aussi', 'parmi', 'ici', 'voici', 'lui', 'celui', 'autrui', 'plus', 'tous', 'dessus', 'vrai', 'ravi', 'ravie',
]);
const PASSIVES = [
  new RegExp(`(?<!\\p{L})(?:a|ai|as|ont|avons|avez|avait|avaient|aura|auront|ayant)\\s+été\\s+(?:\\p{L}+ment\\s+)?(${PARTICIPLE})(?!\\p{L})`, 'gu'),
  new RegExp(`(?<![\\p{L}'])(?:est|sont|était|étaient|sera|seront|fut|furent)\\s+(?:\\p{L}+ment\\s+)?(${PARTICIPLE})(?!\\p{L})`, 'gu'),
];

const isParticiple = (word: string) => !NOT_PASSIVE.has(word) && !word.endsWith('que');

const WEAK_VERBS = [
  /(?<![\p{L}])j'ai (fait|participe a|participe aux|aide a|aide aux|essaye|essaie|travaille sur|ete en charge)(?![\p{L}])/gu,
  /(?<![\p{L}])je me suis occupee?(?![\p{L}])/gu,
  /(?<![\p{L}])je (fais|faisais|participe|participais|m'occupe|m'occupais|aide|aidais)(?![\p{L}])/gu,
  /(?<![\p{L}])(s'occuper de|avoir la charge de)(?![\p{L}])/gu,
];

const CLOSING_FORMULA = /(agréer|salutations|cordialement)/i;

/** A sentence of more than this many words is hard to read in one breath. */
export const LONG_SENTENCE_WORDS = 35;

const at = (sentences: readonly string[], index: number, kind: SuggestionKind, found: string, message: string): Suggestion => ({
  kind,
  sentenceIndex: index,
  sentence: sentences[index] ?? null,
  excerpt: excerpt(found, 80),
  message,
});

/** Generic phrases, one suggestion per phrase and sentence. */
export function genericPhrases(sentences: readonly string[]): Suggestion[] {
  return sentences.flatMap((sentence, index) =>
    findAll(sentence, GENERIC).map((hit) => at(sentences, index, 'GENERIC_PHRASE', hit.text, `« ${hit.text} » se lit dans d’innombrables lettres : remplacez-le par un fait précis (un projet, un résultat, un chiffre).`)),
  );
}

/** Passive constructions (« a été réalisé », « est assurée par »), not verbs conjugated with « être ». */
export function passiveVoice(sentences: readonly string[]): Suggestion[] {
  return sentences.flatMap((sentence, index) => {
    const lower = sentence.toLowerCase().replace(/[’‘]/g, "'");
    return PASSIVES.flatMap((pattern) =>
      [...lower.matchAll(pattern)]
        .filter((match) => isParticiple(match[1] ?? ''))
        .map((match) => {
          const found = sentence.slice(match.index, match.index + match[0].length);
          return at(sentences, index, 'PASSIVE_VOICE', found, `Tournure passive (« ${found} ») : dites qui a agi, à la première personne (« j’ai conduit… »).`);
        }),
    );
  });
}

/** Vague verbs where an action verb would show the result. */
export function weakVerbs(sentences: readonly string[]): Suggestion[] {
  return sentences.flatMap((sentence, index) =>
    WEAK_VERBS.flatMap((pattern) => findAll(sentence, pattern)).map((hit) =>
      at(sentences, index, 'WEAK_VERB', hit.text, `« ${hit.text} » reste vague : précisez votre rôle avec un verbe d’action (piloté, conçu, négocié, réduit…).`),
    ),
  );
}

/** Sentences over {@link LONG_SENTENCE_WORDS} words. */
export function longSentences(sentences: readonly string[]): Suggestion[] {
  return sentences.flatMap((sentence, index) => {
    const count = words(sentence).length;
    return count > LONG_SENTENCE_WORDS ? [at(sentences, index, 'LONG_SENTENCE', sentence, `Phrase de ${count} mots : coupez-la en deux pour qu’elle se lise d’un trait.`)] : [];
  });
}

/**
 * Repetition: a content word used three times or more (pointing at its third use), and three
 * sentences in a row that begin with « Je » (pointing at the third; the closing formula is a
 * set phrase and does not count). Words of the company's name and of the post are expected to recur.
 */
export function repetitions(sentences: readonly string[], expected: ReadonlySet<string>): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const seen = new Map<string, number>();
  sentences.forEach((sentence, index) => {
    for (const word of new Set(contentTerms(sentence).map((term) => term.word).filter((w) => w.length >= 5))) {
      if (expected.has(word)) continue;
      const count = (seen.get(word) ?? 0) + 1;
      seen.set(word, count);
      if (count === 3) suggestions.push(at(sentences, index, 'REPETITION', word, `« ${word} » revient pour la troisième fois : variez le vocabulaire ou regroupez les idées.`));
    }
  });
  let run = 0;
  sentences.forEach((sentence, index) => {
    run = /^(je|j['’])/i.test(sentence) && !CLOSING_FORMULA.test(sentence) ? run + 1 : 0;
    if (run === 3) suggestions.push(at(sentences, index, 'REPETITION', sentence.slice(0, 20), 'Trois phrases de suite commencent par « Je » : ouvrez celle-ci sur l’entreprise, le résultat ou le projet.'));
  });
  return suggestions;
}

/** A suggestion about the whole letter (something it lacks). */
export function missing(message: string): Suggestion {
  return { kind: 'MISSING_ELEMENT', sentenceIndex: null, sentence: null, excerpt: null, message };
}

/** How many generic phrases, passives and weak verbs a text has; the coach's scores use them. */
export function countFlags(suggestions: readonly Suggestion[], kind: SuggestionKind): number {
  return suggestions.filter((s) => s.kind === kind).length;
}
