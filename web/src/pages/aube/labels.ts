import type { Bottleneck, ConfidenceLevel, EvolutionType, PersonalValue, ThreatLevel, WorkEnvironment } from '../../__generated__/graphql';

export const VALUE_OPTIONS: readonly { value: PersonalValue; label: string }[] = [
  { value: 'resoudre_problemes_complexes', label: 'Résoudre des problèmes complexes' },
  { value: 'aider_accompagner', label: 'Aider et accompagner' },
  { value: 'creer_innover', label: 'Créer et innover' },
  { value: 'organiser_optimiser', label: 'Organiser et optimiser' },
  { value: 'transmettre_former', label: 'Transmettre et former' },
  { value: 'leadership_influence', label: 'Diriger et influencer' },
  { value: 'autonomie_liberte', label: 'Autonomie et liberté' },
];

export const ENVIRONMENT_OPTIONS: readonly { value: WorkEnvironment; label: string }[] = [
  { value: 'autonome', label: 'En autonomie' },
  { value: 'collaboratif', label: 'En équipe' },
  { value: 'hybride', label: 'Hybride (bureau et télétravail)' },
  { value: 'bureau_fixe', label: 'Au bureau' },
  { value: 'terrain', label: 'Sur le terrain' },
  { value: 'teletravail', label: 'En télétravail' },
  { value: 'international', label: 'À l’international' },
];

export const EVOLUTION_LABELS: Readonly<Record<EvolutionType, string>> = {
  stable: 'Métier stable',
  enhanced: 'Métier enrichi par l’IA',
  transformed: 'Métier transformé',
  threatened: 'Métier menacé',
};

export const THREAT_LABELS: Readonly<Record<ThreatLevel, string>> = {
  tres_faible: 'Très faible',
  faible: 'Faible',
  modere: 'Modérée',
  eleve: 'Élevée',
  critique: 'Critique',
};

export const CONFIDENCE_LABELS: Readonly<Record<ConfidenceLevel, string>> = {
  tres_eleve: 'Très élevée',
  eleve: 'Élevée',
  moyen: 'Moyenne',
  faible: 'Faible',
};

export const BOTTLENECK_LABELS: Readonly<Record<Bottleneck, string>> = {
  empathie: 'empathie',
  creativite: 'créativité',
  interaction_humaine: 'relation humaine',
  complexite: 'complexité',
  perception_manipulation: 'perception et dextérité',
};

export const EXPLANATION_LEVELS = [
  { level: 1, label: 'L’essentiel', description: 'Le résumé, l’horizon et la prochaine étape.' },
  { level: 2, label: 'Le détail', description: 'Ce qui compose le score, les tâches exposées et protégées, les sources.' },
  { level: 3, label: 'La technique', description: 'La formule, les pondérations, les versions, les limites et les biais connus.' },
] as const;
