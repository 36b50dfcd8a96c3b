import type { AssistantInput, OccupationContext } from '@phoenix/ai';

const DAY_MS = 86_400_000;

/** What Iris has projected from the user's other apps (see `consumers/projections.ts`). */
export interface CrossAppMaterial {
  aube?: { romeCode: string | null; score: number } | undefined;
  lettersWritten: number;
  /** Rise journal moods of the last 30 days. */
  moods: readonly { mood: number; confidence: number; at: Date }[];
}

/** The Rise trend as Iris reads it from the projected journal moods. */
export interface MoodTrend {
  /** Mean mood (1–10) of the last 7 days. */
  moodAverage7d?: number;
  /** Confidence points gained or lost over 30 days (least-squares slope × 30). */
  confidenceChange30d?: number;
}

/** The assistant's context, as `AssistantInput` carries it. */
export type IrisAssistantContext = NonNullable<AssistantInput['context']>;

// ROME 4.0's fourteen domains, named by the first letter of a code.
const ROME_DOMAINS: Readonly<Record<string, string>> = {
  A: 'Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux',
  B: 'Arts et façonnage d’ouvrages d’art',
  C: 'Banque, assurance, immobilier',
  D: 'Commerce, vente et grande distribution',
  E: 'Communication, média et multimédia',
  F: 'Construction, bâtiment et travaux publics',
  G: 'Hôtellerie-restauration, tourisme, loisirs et animation',
  H: 'Industrie',
  I: 'Installation et maintenance',
  J: 'Santé',
  K: 'Services à la personne et à la collectivité',
  L: 'Spectacle',
  M: 'Support à l’entreprise',
  N: 'Transport et logistique',
};

/**
 * The occupation of the latest Aube score. The event carries the ROME code, not the title
 * (Iris never reads Aube's catalogue), so the job is named by its ROME domain.
 */
export function occupationOf(aube: CrossAppMaterial['aube']): OccupationContext | undefined {
  if (!aube?.romeCode) return undefined;
  const domain = ROME_DOMAINS[aube.romeCode.charAt(0)];
  return { code: aube.romeCode, title: domain ? `un métier du domaine « ${domain} »` : `le métier ${aube.romeCode}`, resilienceScore: aube.score };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The 7-day mood average and the 30-day confidence change at `now`; figures absent without enough entries. */
export function moodTrend(moods: CrossAppMaterial['moods'], now: Date): MoodTrend {
  const month = moods.filter((m) => m.at.getTime() <= now.getTime() && m.at.getTime() > now.getTime() - 30 * DAY_MS);
  const week = month.filter((m) => m.at.getTime() > now.getTime() - 7 * DAY_MS);
  const trend: MoodTrend = {};
  if (week.length > 0) trend.moodAverage7d = round1(week.reduce((sum, m) => sum + m.mood, 0) / week.length);
  const days = month.map((m) => (m.at.getTime() - now.getTime()) / DAY_MS);
  const span = days.length > 0 ? Math.max(...days) - Math.min(...days) : 0;
  if (month.length >= 3 && span >= 7) {
    const meanX = days.reduce((a, b) => a + b, 0) / days.length;
    const meanY = month.reduce((a, m) => a + m.confidence, 0) / month.length;
    const covariance = month.reduce((sum, m, i) => sum + ((days[i] ?? 0) - meanX) * (m.confidence - meanY), 0);
    const variance = days.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
    trend.confidenceChange30d = round1((covariance / variance) * 30);
  }
  return trend;
}

/** The context of a reply, or undefined when the user's other apps have nothing to add. */
export function assistantContext(material: CrossAppMaterial, now: Date): IrisAssistantContext | undefined {
  const occupation = occupationOf(material.aube);
  const trend = moodTrend(material.moods, now);
  const context: IrisAssistantContext = {
    ...(occupation ? { occupation } : {}),
    ...(material.lettersWritten > 0 ? { lettersWritten: material.lettersWritten } : {}),
    ...(Object.keys(trend).length > 0 ? { trend } : {}),
  };
  return Object.keys(context).length > 0 ? context : undefined;
}
