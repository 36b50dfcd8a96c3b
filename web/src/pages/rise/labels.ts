import type { BurnoutRisk, BurnoutSignal, HumanHelpReason } from '../../__generated__/graphql';

export const SCALE_OPTIONS = Array.from({ length: 10 }, (_, index) => {
  const value = String(10 - index);
  const words: Record<string, string> = { '10': ' — excellent', '7': ' — plutôt bien', '5': ' — moyen', '3': ' — difficile', '1': ' — très bas' };
  return { value, label: `${value}${words[value] ?? ''}` };
});

export const BURNOUT_LABELS: Readonly<Record<BurnoutRisk, string>> = {
  LOW: 'Faible',
  MODERATE: 'Modéré',
  HIGH: 'Élevé',
  UNKNOWN: 'Pas encore assez d’entrées pour le dire',
};

export const SIGNAL_LABELS: Readonly<Record<BurnoutSignal, string>> = {
  LOW_MOOD: 'Humeur moyenne basse sur 7 jours',
  VERY_LOW_MOOD: 'Humeur moyenne très basse sur 7 jours',
  FALLING_CONFIDENCE: 'Confiance en baisse sur 30 jours',
  VOLATILE_MOOD: 'Humeur très variable sur 7 jours',
};

export const HUMAN_HELP_LABELS: Readonly<Record<HumanHelpReason, string>> = {
  BURNOUT_RISK_HIGH: 'votre risque d’épuisement est élevé',
  VERY_LOW_MOOD: 'votre humeur récente est très basse',
  SENSITIVE_TOPIC: 'vous évoquez votre santé',
  DISTRESS_WORDS: 'vos mots expriment de la détresse',
};
