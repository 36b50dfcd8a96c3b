export interface PlanQuotas {
  lettersPerMonth?: number | null;
  irisMessagesPerDay?: number | null;
  irisContextDays: number;
  coachingSessionsPerMonth?: number | null;
}

const plural = (count: number, one: string, many: string) => `${count}\u00a0${count > 1 ? many : one}`;

/** The quotas of a plan as short French sentences; a null limit means unlimited. */
export function quotaLines(quotas: PlanQuotas): string[] {
  const { lettersPerMonth, irisMessagesPerDay, irisContextDays, coachingSessionsPerMonth } = quotas;
  return [
    lettersPerMonth == null ? 'Lettres de motivation illimitées' : `${plural(lettersPerMonth, 'lettre', 'lettres')} de motivation par mois`,
    irisMessagesPerDay == null ? 'Messages illimités avec Iris' : `${plural(irisMessagesPerDay, 'message', 'messages')} par jour avec Iris`,
    `Iris se souvient de ${plural(irisContextDays, 'jour', 'jours')} de contexte`,
    coachingSessionsPerMonth == null
      ? 'Séances de coaching illimitées'
      : `${plural(coachingSessionsPerMonth, 'séance', 'séances')} de coaching par mois`,
  ];
}

const FEATURE_LABELS: Readonly<Record<string, string>> = {
  'aube.exploration': 'Exploration des métiers',
  'aube.resilience_score': 'Score de résilience face à l’IA',
  'aube.explanations': 'Explications détaillées à trois niveaux',
  'aube.trust_report': 'Rapport «\u202fTrust by Design\u202f» exportable',
  'letters.ats': 'Analyse ATS de vos lettres',
  'letters.mirror_match': 'Mirror Match\u00a0: la culture de l’entreprise décodée',
  'letters.coach': 'Coach d’écriture pour vos lettres',
};

/** The plan's features the web knows how to describe; a flag added later shows once it has a label. */
export function featureLines(features: readonly string[]): string[] {
  return features.flatMap((feature) => (FEATURE_LABELS[feature] ? [FEATURE_LABELS[feature]] : []));
}
