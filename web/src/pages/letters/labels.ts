import type {
  CommunicationStyle,
  CoachSuggestionKind,
  CultureEnvironment,
  FormattingProblemKind,
  InnovationLevel,
  LeadershipStyle,
  LengthBand,
  LetterTone,
  LetterVersionOrigin,
} from '../../__generated__/graphql';

export const TONE_OPTIONS: readonly { value: LetterTone; label: string }[] = [
  { value: 'FORMEL', label: 'Formel' },
  { value: 'DYNAMIQUE', label: 'Dynamique' },
  { value: 'SOBRE', label: 'Sobre' },
  { value: 'CREATIF', label: 'Créatif' },
  { value: 'STARTUP', label: 'Start-up' },
  { value: 'ASSOCIATIF', label: 'Associatif' },
];

export const TONE_LABELS = Object.fromEntries(TONE_OPTIONS.map((option) => [option.value, option.label])) as Readonly<Record<LetterTone, string>>;

export const ORIGIN_LABELS: Readonly<Record<LetterVersionOrigin, string>> = {
  GENERATED: 'Rédigée par l’IA',
  REGENERATED: 'Réécrite par l’IA',
  EDITED: 'Modifiée par vous',
};

/** Factor names of ATS analyses and coaching (ScoreFactor.name). */
const FACTOR_LABELS: Readonly<Record<string, string>> = {
  keywords: 'Mots-clés de l’offre',
  length: 'Longueur',
  actionVerbs: 'Verbes d’action',
  quantifiedResults: 'Résultats chiffrés',
  formatting: 'Mise en forme',
  clarity: 'Clarté',
  impact: 'Impact',
  personalisation: 'Personnalisation',
  professionalTone: 'Ton professionnel',
};

/** A factor's French name; a factor the client does not know yet keeps the server's name. */
export function factorLabel(name: string): string {
  return FACTOR_LABELS[name] ?? name;
}

export const LENGTH_LABELS: Readonly<Record<LengthBand, string>> = {
  TOO_SHORT: 'trop courte',
  IDEAL: 'idéale (200 à 400 mots)',
  TOO_LONG: 'trop longue',
};

export const FORMATTING_LABELS: Readonly<Record<FormattingProblemKind, string>> = {
  TABLE: 'Tableau',
  COLUMNS: 'Colonnes',
  SPECIAL_GLYPHS: 'Symboles spéciaux',
  HEADER_FOOTER: 'En-tête ou pied de page',
};

export const SUGGESTION_LABELS: Readonly<Record<CoachSuggestionKind, string>> = {
  GENERIC_PHRASE: 'Formule toute faite',
  PASSIVE_VOICE: 'Voix passive',
  WEAK_VERB: 'Verbe faible',
  REPETITION: 'Répétition',
  LONG_SENTENCE: 'Phrase trop longue',
  MISSING_ELEMENT: 'Élément manquant',
};

export const COMMUNICATION_LABELS: Readonly<Record<CommunicationStyle, string>> = {
  FORMAL: 'Formel (vouvoiement, formules établies)',
  NEUTRAL: 'Neutre',
  CASUAL: 'Décontracté (tutoiement, ton direct)',
};

export const ENVIRONMENT_LABELS: Readonly<Record<CultureEnvironment, string>> = {
  STRUCTURED: 'Structuré, procédures et conformité',
  COLLABORATIVE: 'Collaboratif, travail d’équipe',
  FAST_PACED: 'Rapide, agile, en croissance',
  MISSION_DRIVEN: 'Porté par une mission',
};

export const LEADERSHIP_LABELS: Readonly<Record<LeadershipStyle, string>> = {
  HIERARCHICAL: 'Hiérarchique',
  PARTICIPATIVE: 'Participatif',
  FLAT: 'Horizontal, autonomie',
};

export const INNOVATION_LABELS: Readonly<Record<InnovationLevel, string>> = {
  LOW: 'Faible',
  MEDIUM: 'Moyen',
  HIGH: 'Élevé',
};
