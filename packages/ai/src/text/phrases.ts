import { isStopWord, stem } from './french.js';

const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'au', 'aux', 'vos', 'nos', 'ses', 'leurs', 'leur', 'votre', 'notre', 'son', 'sa', 'ce', 'cette', 'ces']);
// Contracted forms become the bare article, so the phrase can take any preposition later.
const UNCONTRACTED: Readonly<Record<string, string>> = { du: 'le', au: 'le', des: 'les', aux: 'les', un: 'le', une: 'la' };
const VOWEL_START = /^[aeiouyàâäéèêëîïôöùûüœh]/i;
const COMPLEMENT_LINKS = new Set(['de', "d'", 'des', 'du']);

interface Token {
  text: string;
  lower: string;
}

function tokens(text: string): Token[] {
  return (text.match(/\p{L}+['’]|[\p{L}\d][\p{L}\d-]*/gu) ?? []).map((t) => {
    const normalized = t.replace('’', "'");
    return { text: normalized, lower: normalized.toLowerCase() };
  });
}

// Acronyms keep their capitals (WMS, CACES); other words are lower-cased.
function casing(token: Token): string {
  return token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{L}/u.test(token.text) ? token.text : token.lower;
}

/**
 * The phrase around the first occurrence of a stem in `text`, as a noun group ready for
 * prose: its article and its "de …" complement when the text has them. In an offer saying
 * "vous suivez les indicateurs de productivité", the stem `indiqu`… gives "les indicateurs
 * de productivité". Falls back to `fallback` when the stem does not occur.
 */
export function nounPhrase(text: string, targetStem: string, fallback: string): string {
  const list = tokens(text);
  const occurrences = list.flatMap((t, i) => (!t.lower.endsWith("'") && stem(t.lower) === targetStem ? [i] : []));
  // The first occurrence with an article reads best ("sur la paie" rather than "de paie").
  const index = occurrences.find((i) => DETERMINERS.has(list[i - 1]?.lower ?? '')) ?? occurrences[0];
  const head = index === undefined ? undefined : list[index];
  if (index === undefined || !head) return fallback;
  const parts: string[] = [];
  const before = list[index - 1];
  const article = before && DETERMINERS.has(before.lower) ? (UNCONTRACTED[before.lower] ?? before.lower) : guessedArticle(head);
  if (article) parts.push((article === 'le' || article === 'la') && VOWEL_START.test(head.lower) ? "l'" : article);
  parts.push(casing(head));
  const link = list[index + 1];
  const complement = list[index + 2];
  if (link && complement && COMPLEMENT_LINKS.has(link.lower) && !isStopWord(complement.lower) && /\p{L}/u.test(complement.text)) {
    parts.push(link.lower, casing(complement));
  }
  return parts.join(' ').replace(/' /g, "'").replace(/'/g, '’');
}

// For a noun the text uses without article: plurals take "les", and the suffixes of abstract
// nouns give their gender (-tion, -té, -ance… feminine; -ment, -age, -isme masculine).
function guessedArticle(head: Token): string | undefined {
  if (head.text !== head.lower) return undefined;
  if (/[sx]$/.test(head.lower)) return 'les';
  if (/(tion|sion|té|ance|ence|ure|ise|ude|ie|ière|ette)$/.test(head.lower)) return 'la';
  if (/(ment|age|isme|at|oir)$/.test(head.lower)) return 'le';
  return undefined;
}

/**
 * A noun phrase after « à » or « de », with French contractions and elisions:
 * à + le → au, de + les → des, de + équipe → d’équipe.
 */
export function withPreposition(preposition: 'à' | 'de', phrase: string): string {
  const [first = '', ...rest] = phrase.split(' ');
  const tail = rest.join(' ');
  if (preposition === 'à') {
    if (first === 'le') return `au ${tail}`;
    if (first === 'les') return `aux ${tail}`;
    return `à ${phrase}`;
  }
  if (first === 'le') return `du ${tail}`;
  if (first === 'les') return `des ${tail}`;
  return VOWEL_START.test(phrase) ? `d’${phrase}` : `de ${phrase}`;
}
