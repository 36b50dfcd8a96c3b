import type { Tone } from '@phoenix/ai';
import { CREATIVE_CUES, CULTURE_CUES } from './culture-lexicon.js';
import { findAll, fold, withoutInclusiveSuffixes } from './text.js';

export type CommunicationStyle = 'FORMAL' | 'NEUTRAL' | 'CASUAL';
export type CultureEnvironment = keyof typeof CULTURE_CUES.environment;
export type LeadershipStyle = keyof typeof CULTURE_CUES.leadership;
export type InnovationLevel = 'LOW' | 'MEDIUM' | 'HIGH';
export type CultureDimension = keyof typeof CULTURE_CUES;

/** A phrase of the offer that revealed part of the culture. */
export interface CultureSignal {
  dimension: CultureDimension;
  value: string;
  cue: string;
}

/** A company's culture as its offer shows it, and the tone a letter should take. */
export interface CultureReading {
  communicationStyle: CommunicationStyle;
  workEnvironment: CultureEnvironment;
  leadershipStyle: LeadershipStyle;
  innovationLevel: InnovationLevel;
  confidence: number;
  recommendedTone: Tone;
  signals: CultureSignal[];
  explanation: string;
}

// One phrase repeated all over an offer (« tu ») is one habit, not ten pieces of evidence.
const MAX_HITS_PER_CUE = 3;

type Counts<V extends string> = Record<V, number>;

function countDimension<V extends string>(text: string, folded: string, dimension: CultureDimension, cues: Readonly<Record<V, readonly RegExp[]>>, signals: CultureSignal[]): Counts<V> {
  const counts = {} as Counts<V>;
  for (const value of Object.keys(cues) as V[]) {
    counts[value] = 0;
    for (const pattern of cues[value]) {
      const hits = findAll(text, pattern, folded);
      counts[value] += Math.min(MAX_HITS_PER_CUE, hits.length);
      const seen = new Set<string>();
      for (const hit of hits) {
        const cue = hit.text.trim();
        if (cue.length === 0 || seen.has(cue.toLowerCase())) continue;
        seen.add(cue.toLowerCase());
        signals.push({ dimension, value, cue });
      }
    }
  }
  return counts;
}

// The value with the most cues; ties and silence go to `fallback`.
function leader<V extends string>(counts: Counts<V>, fallback: V): { value: V; margin: number; total: number } {
  const sorted = (Object.entries(counts) as [V, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return { value: fallback, margin: 0, total };
  return { value: first[0], margin: (first[1] - (second?.[1] ?? 0)) / first[1], total };
}

function communicationOf(counts: Counts<'FORMAL' | 'CASUAL'>): { value: CommunicationStyle; margin: number; total: number } {
  const total = counts.FORMAL + counts.CASUAL;
  if (counts.CASUAL >= 2 && counts.CASUAL > counts.FORMAL) return { value: 'CASUAL', margin: (counts.CASUAL - counts.FORMAL) / counts.CASUAL, total };
  if (counts.FORMAL >= 3 && counts.FORMAL > counts.CASUAL) return { value: 'FORMAL', margin: (counts.FORMAL - counts.CASUAL) / counts.FORMAL, total };
  return { value: 'NEUTRAL', margin: 0, total };
}

function innovationOf(counts: Counts<'HIGH' | 'LOW'>): { value: InnovationLevel; margin: number; total: number } {
  const balance = counts.HIGH - counts.LOW;
  const total = counts.HIGH + counts.LOW;
  const margin = total === 0 ? 0 : Math.abs(balance) / total;
  if (balance >= 2) return { value: 'HIGH', margin, total };
  if (balance <= -1) return { value: 'LOW', margin, total };
  return { value: 'MEDIUM', margin, total };
}

/** The tone a culture calls for (DOMAIN.md tones). */
export function toneFor(culture: Pick<CultureReading, 'communicationStyle' | 'workEnvironment' | 'leadershipStyle' | 'innovationLevel'>, creative: boolean): Tone {
  if (culture.workEnvironment === 'MISSION_DRIVEN') return 'associatif';
  if (culture.communicationStyle === 'CASUAL' && (culture.workEnvironment === 'FAST_PACED' || culture.innovationLevel === 'HIGH' || culture.leadershipStyle === 'FLAT')) return 'startup';
  if (creative && culture.innovationLevel === 'HIGH') return 'creatif';
  if (culture.communicationStyle === 'FORMAL' || (culture.leadershipStyle === 'HIERARCHICAL' && culture.workEnvironment === 'STRUCTURED')) return 'formel';
  if (culture.workEnvironment === 'FAST_PACED' || culture.communicationStyle === 'CASUAL') return 'dynamique';
  return 'sobre';
}

const TONE_REASONS: Readonly<Record<Tone, string>> = {
  formel: 'une entreprise qui vouvoie, cite ses procédures et sa hiérarchie attend une lettre formelle : formules de politesse complètes, phrases posées, aucune familiarité.',
  sobre: 'l’offre donne peu d’indices de culture : une lettre sobre et factuelle ne prend aucun risque.',
  dynamique: 'l’offre parle de rythme et de projets : une lettre dynamique, aux verbes d’action et aux résultats chiffrés, lui répond.',
  creatif: 'l’offre valorise la créativité et l’innovation : une accroche originale et un ton personnel y sont bienvenus.',
  startup: 'l’offre tutoie, parle de croissance et d’autonomie : une lettre directe et chaleureuse, qui montre l’envie de construire, lui ressemble.',
  associatif: 'l’offre porte une mission sociale et des valeurs partagées : une lettre qui dit votre engagement et le sens que vous cherchez la touchera.',
};

/**
 * Mirror Match: reads a company's culture from its job offer — communication style, work
 * environment, leadership style, innovation level — from the phrases it uses (each signal
 * quotes the offer), with a confidence from how many cues there were and how clearly each
 * dimension was decided, and the tone a letter to it should take.
 */
export function readCulture(offerText: string, company: string): CultureReading {
  const text = withoutInclusiveSuffixes(offerText);
  const folded = fold(text);
  const signals: CultureSignal[] = [];
  const communication = communicationOf(countDimension(text, folded, 'communication', CULTURE_CUES.communication, signals));
  const environment = leader(countDimension(text, folded, 'environment', CULTURE_CUES.environment, signals), 'COLLABORATIVE');
  const leadership = leader(countDimension(text, folded, 'leadership', CULTURE_CUES.leadership, signals), 'PARTICIPATIVE');
  const innovation = innovationOf(countDimension(text, folded, 'innovation', CULTURE_CUES.innovation, signals));
  const creative = CREATIVE_CUES.some((pattern) => findAll(text, pattern, folded).length > 0);

  const decided = [communication, environment, leadership, innovation];
  const cues = decided.reduce((sum, d) => sum + d.total, 0);
  const agreement = decided.reduce((sum, d) => sum + d.margin, 0) / decided.length;
  const confidence = Math.round((0.6 * Math.min(1, cues / 15) + 0.4 * agreement) * 100) / 100;
  const reading = { communicationStyle: communication.value, workEnvironment: environment.value, leadershipStyle: leadership.value, innovationLevel: innovation.value };
  const recommendedTone = toneFor(reading, creative);
  return {
    ...reading,
    confidence,
    recommendedTone,
    signals,
    explanation: `Ton conseillé pour ${company} : ${recommendedTone}. D’après ${cues} indices relevés dans l’offre, ${TONE_REASONS[recommendedTone]}`,
  };
}
