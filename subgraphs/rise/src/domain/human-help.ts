import { detectSpecialCategories } from '@phoenix/ai';
import { foldForMatching } from './text.js';
import type { BurnoutRisk } from './trend.js';

export type HumanHelpReason = 'BURNOUT_RISK_HIGH' | 'VERY_LOW_MOOD' | 'SENSITIVE_TOPIC' | 'DISTRESS_WORDS';

export interface Helpline {
  name: string;
  number: string;
  description: string;
}

/** The French helplines of the notice, checked against their official sites (docs/rise.md). */
export const HELPLINES: readonly Helpline[] = Object.freeze([
  { name: '3114', number: '3114', description: 'Numéro national de prévention du suicide : gratuit, 24 h/24 et 7 j/7.' },
  { name: 'SOS Amitié', number: '09 72 39 40 50', description: 'Écoute anonyme par des bénévoles, 24 h/24 et 7 j/7.' },
  { name: 'SAMU', number: '15', description: 'Urgence médicale.' },
  { name: 'Numéro d’urgence européen', number: '112', description: 'Toute urgence, depuis n’importe quel téléphone.' },
]);

/** The notice appended to the coach's reply when human help is called for. */
export const HUMAN_HELP_NOTICE = [
  'Vous n’avez pas à traverser cela seul·e. Parler à quelqu’un peut aider, dès maintenant :',
  '• 3114, numéro national de prévention du suicide, gratuit, 24 h/24 et 7 j/7 ;',
  '• SOS Amitié, 09 72 39 40 50, écoute anonyme 24 h/24 ;',
  '• en cas d’urgence, le 15 (SAMU) ou le 112.',
  'Je suis un coach de reconversion, pas un professionnel de santé : je ne pose pas de diagnostic et ne donne pas d’avis médical. Votre médecin traitant peut aussi vous écouter et vous orienter.',
].join('\n');

// Words of distress, matched on folded text (accents removed, lower case). They call for the
// notice whatever the trend says; the list errs on the side of showing it.
const DISTRESS = [
  /\bsuicid/,
  /\b(me|se) (tuer|suicider|faire du mal)\b/,
  /\ben finir\b/,
  /\bmettre fin a (mes|ses) jours\b/,
  /\b(plus|pas) envie de vivre\b/,
  /\benvie de mourir\b/,
  /\b(je veux|j'aimerais|je voudrais) (mourir|disparaitre)\b/,
  /\bidees noires\b/,
  /\bscarifi/,
  /\bdesespere?e?s?\b|\bdesespoir\b/,
  /\bje n'en peux plus\b|\bj'en peux plus\b/,
  /\bau bout du rouleau\b|\bje suis a bout\b/,
  /\bje craque\b|\bj'ai craque\b/,
  /\bplus la force\b/,
  /\bkill myself\b|\bwant to die\b|\bsuicidal\b/,
];

/** True when the text contains words of distress. */
export function hasDistressWords(text: string): boolean {
  const folded = foldForMatching(text);
  return DISTRESS.some((pattern) => pattern.test(folded));
}

/** What decides the notice: the trend, the latest mood, and the person's own words. */
export interface HumanHelpSignals {
  burnoutRisk: BurnoutRisk;
  /** The latest mood of the last 7 days, if any. */
  latestMood?: number | undefined;
  /** The message and the latest notes. */
  texts: readonly (string | undefined)[];
}

/**
 * Why the coach must add the human-help notice, in a fixed order; empty when it must not.
 * A sensitive topic is the GDPR health category of the guardian: the other special categories
 * (religion, union membership…) are no reason to point to a crisis line.
 */
export function humanHelpReasons(signals: HumanHelpSignals): HumanHelpReason[] {
  const text = signals.texts.filter((t): t is string => Boolean(t)).join('\n');
  const reasons: HumanHelpReason[] = [];
  if (signals.burnoutRisk === 'HIGH') reasons.push('BURNOUT_RISK_HIGH');
  if (signals.latestMood !== undefined && signals.latestMood <= 2) reasons.push('VERY_LOW_MOOD');
  if (detectSpecialCategories(text).includes('health')) reasons.push('SENSITIVE_TOPIC');
  if (hasDistressWords(text)) reasons.push('DISTRESS_WORDS');
  return reasons;
}

// A paragraph in which the model wrote helpline details itself: replaced by the checked notice,
// so a wrong or half-remembered number never reaches the person.
const MODEL_HELPLINE = /\b3114\b|sos amitie|prevention du suicide|\b112\b|\bsamu\b|09 ?72 ?39 ?40 ?50/;

/**
 * The reply with the human-help notice when `reasons` is not empty: paragraphs where the model
 * gave helplines itself are dropped and the checked notice is appended once. Without reasons
 * the reply is returned unchanged.
 */
export function withHumanHelp(reply: string, reasons: readonly HumanHelpReason[]): string {
  if (reasons.length === 0) return reply;
  const kept = reply.split(/\n{2,}/).filter((paragraph) => !MODEL_HELPLINE.test(foldForMatching(paragraph)));
  return [...kept, HUMAN_HELP_NOTICE].join('\n\n');
}
