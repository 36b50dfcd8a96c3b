import type { ResilienceResult } from './types.js';

export interface UpskillingStep {
  id: string;
  skill: string;
  description: string;
  durationHours: number;
  /**
   * True when certifying trainings for this skill are registered with France Compétences
   * (RNCP or Répertoire spécifique) and so can be paid with the CPF; each offer still has
   * to be checked on moncompteformation.gouv.fr.
   */
  cpfEligible: boolean;
  reason: string;
}

interface Offer extends Omit<UpskillingStep, 'reason'> {
  /** ROME families (first letter) or code prefixes it suits; empty = everyone. */
  for: readonly string[];
}

const OFFERS: Readonly<Record<string, Offer>> = {
  ia_generative: {
    id: 'ia_generative',
    skill: 'Utiliser l’IA générative dans son métier (rédaction, synthèse, recherche)',
    description: 'Formuler des demandes précises, vérifier les réponses, protéger les données.',
    durationHours: 14,
    cpfEligible: true,
    for: [],
  },
  ia_responsable: {
    id: 'ia_responsable',
    skill: 'Usage responsable de l’IA : RGPD, AI Act, biais',
    description: 'Savoir ce qu’on peut confier à un outil d’IA et ce qu’il faut garder humain.',
    durationHours: 7,
    cpfEligible: false,
    for: [],
  },
  donnees: {
    id: 'donnees',
    skill: 'Analyse de données assistée par l’IA (tableur, tableaux de bord)',
    description: 'Passer de la saisie à l’analyse : nettoyer, croiser, visualiser des données.',
    durationHours: 35,
    cpfEligible: true,
    for: ['C', 'D', 'M', 'N'],
  },
  automatisation: {
    id: 'automatisation',
    skill: 'Automatiser les tâches répétitives (outils sans code, assistants IA)',
    description: 'Identifier ce qui peut être automatisé et piloter l’outil plutôt que le subir.',
    durationHours: 21,
    cpfEligible: false,
    for: [],
  },
  dev_ia: {
    id: 'dev_ia',
    skill: 'Développement logiciel assisté par l’IA (assistants de code, tests, revue)',
    description: 'Travailler avec un assistant de code tout en gardant la maîtrise de la conception.',
    durationHours: 28,
    cpfEligible: false,
    for: ['M18'],
  },
  ingenierie_ia: {
    id: 'ingenierie_ia',
    skill: 'Concevoir des solutions d’IA (données, apprentissage automatique, MLOps)',
    description: 'Titre professionnel de développeur ou développeuse en intelligence artificielle.',
    durationHours: 400,
    cpfEligible: true,
    for: ['M18'],
  },
  soin_numerique: {
    id: 'soin_numerique',
    skill: 'Outils numériques de coordination des soins et de l’accompagnement',
    description: 'Dossiers partagés, télésoin, outils d’aide à la décision : l’IA au service du temps humain.',
    durationHours: 14,
    cpfEligible: false,
    for: ['J', 'K'],
  },
  relation_client: {
    id: 'relation_client',
    skill: 'Relation client augmentée (CRM, agents conversationnels)',
    description: 'Reprendre la main sur les échanges complexes quand les agents conversationnels traitent le simple.',
    durationHours: 21,
    cpfEligible: false,
    for: ['C', 'D', 'G'],
  },
  creation_ia: {
    id: 'creation_ia',
    skill: 'Création assistée par l’IA (image, son, mise en page)',
    description: 'Intégrer les outils génératifs à un processus créatif en gardant la direction artistique.',
    durationHours: 35,
    cpfEligible: false,
    for: ['B', 'E', 'L'],
  },
  maintenance_predictive: {
    id: 'maintenance_predictive',
    skill: 'Maintenance prédictive et équipements connectés',
    description: 'Lire les données des capteurs et des outils de diagnostic assisté.',
    durationHours: 35,
    cpfEligible: false,
    for: ['H', 'I', 'F'],
  },
};

/**
 * AI skills worth learning for this job: the basics first, then what suits its family and
 * task automation when much of the work is exposed, and responsible use last. At most four.
 */
export function upskillingPlan(resilience: ResilienceResult): UpskillingStep[] {
  const code = resilience.occupationCode;
  const step = (id: string, reason: string): UpskillingStep => {
    const { for: _audience, ...offer } = OFFERS[id] as Offer;
    return { ...offer, reason };
  };
  const fit = (offer: Offer) => Math.max(0, ...offer.for.filter((prefix) => code.startsWith(prefix)).map((prefix) => prefix.length));
  // The most specific offers first: `M18` (computing) before `M` (business support).
  const specific = Object.values(OFFERS)
    .filter((offer) => fit(offer) > 0)
    .sort((a, b) => fit(b) - fit(a))
    .map((offer) => step(offer.id, 'Adapté à votre famille de métiers.'));
  if (resilience.score <= 60) {
    specific.unshift(step('automatisation', `Une part importante de votre travail est exposée (${Math.round(resilience.exposure * 100)} %).`));
  }
  return [
    step('ia_generative', 'Socle utile à tous les métiers.'),
    ...specific.slice(0, 2),
    step('ia_responsable', 'Indispensable pour utiliser l’IA sans risque pour vous ni pour les autres.'),
  ];
}
