import { SKILL_PROXIMITY_SATURATION, type RecommendationFactor } from './model.js';
import type { Preferences } from './recommendations.js';
import { percent } from './resilience-text.js';

export const RECOMMENDATION_LABELS: Readonly<Record<RecommendationFactor, string>> = {
  competences: 'Compétences en commun',
  passerelle: 'Passerelle France Travail',
  valeurs: 'Vos valeurs',
  environnement: 'Environnement de travail',
  personnalite: 'Personnalité',
  gain_resilience: 'Gain de résilience',
};

export interface FactorContext {
  preferences: Preferences;
  overlap: number;
  mobilityRank: number | null;
  current: number;
  target: number;
}

/** One sentence of French on why a recommendation factor scored what it did. */
export function describeRecommendationFactor(name: RecommendationFactor, share: number, context: FactorContext): string {
  switch (name) {
    case 'competences':
      return `Proximité de compétences ${percent(context.overlap)} : les savoir-faire et savoirs des deux fiches ROME se recoupent (similarité de leurs intitulés, cœur de métier compté double ; pleine à ${percent(SKILL_PROXIMITY_SATURATION)}).`;
    case 'passerelle':
      return context.mobilityRank === null
        ? 'France Travail ne cite pas ce métier parmi les mobilités de votre fiche.'
        : `France Travail cite ce métier comme mobilité possible (rang ${context.mobilityRank}).`;
    case 'valeurs':
      return context.preferences.values.length === 0
        ? 'Aucune valeur indiquée : contribution neutre.'
        : `Ce métier correspond à ${percent(share)} aux valeurs que vous avez choisies.`;
    case 'environnement':
      return context.preferences.environments.length === 0
        ? 'Aucun environnement préféré indiqué : contribution neutre.'
        : `Les conditions d’exercice (contextes de travail ROME) correspondent à ${percent(share)} à vos préférences.`;
    case 'personnalite':
      return context.preferences.riasec || context.preferences.bigFive
        ? `Votre profil de personnalité s’accorde à ${percent(share)} avec la famille de métiers.`
        : 'Aucun profil de personnalité fourni : contribution neutre.';
    case 'gain_resilience': {
      const gain = context.target - context.current;
      const signed = gain > 0 ? `+${gain}` : `${gain}`;
      return `Résilience ${context.target}/100 contre ${context.current}/100 pour votre métier actuel (${signed} points).`;
    }
  }
}
