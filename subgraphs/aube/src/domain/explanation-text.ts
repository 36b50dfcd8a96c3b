import type { AutomationFigure } from '../import/catalogue.js';
import type { EvolutionType } from './labels.js';
import {
  BOTTLENECK_WEIGHTS,
  BOTTLENECKS,
  MAX_TASK_REDUCTION,
  PERSONAL_ADJUSTMENT,
  RECOMMENDATION_WEIGHTS,
  RESILIENCE_GAIN_SPAN,
  TASK_FREQUENCY,
} from './model.js';
import { FACTOR_LABELS, percent } from './resilience-text.js';
import { RECOMMENDATION_LABELS } from './recommendation-text.js';

export interface Weight {
  name: string;
  value: number;
  description: string;
}

export const NEXT_ACTIONS: Readonly<Record<EvolutionType, string>> = {
  stable: 'Consolidez vos points forts humains et initiez-vous à l’IA générative pour en faire un outil de votre métier.',
  enhanced: 'Apprenez à travailler avec les outils d’IA de votre métier : ils vont enrichir une partie de vos tâches.',
  transformed: 'Préparez l’évolution de votre poste : formez-vous aux outils d’IA et regardez les métiers proches recommandés.',
  threatened: 'Explorez dès maintenant les métiers recommandés et construisez un plan de formation (CPF).',
};

export const RESILIENCE_FORMULA =
  'score = 100 × (1 − E), E = b × (1 − R̄) × (1 − p). b : percentile du risque Nesta de la fiche parmi les 1 627 professions ESCO évaluées. ' +
  'R̄ : moyenne, pondérée par la fréquence des tâches, de r_t = min(0,9 ; Σ_k w_k × x_k,t), où x_k,t ∈ [0, 1] mesure le goulet k dans la tâche t (complexité c ∈ 1–5 comptée (c − 1)/4). ' +
  'p : ajustement personnel (expérience, compétences transférables). Contributions : 100 × (1 − b) pour le métier, 100 × b × R̄_k pour chaque goulet, ' +
  '100 × b × (1 − R̄) × p_i pour chaque ajustement ; arrondies au dixième par la méthode du plus fort reste pour que leur somme égale le score.';

export const RECOMMENDATION_FORMULA =
  'score = Σ_f poids_f × part_f, chaque part ∈ [0, 1] : compétences = min(1, proximité / 0,5), la proximité étant le cosinus des vecteurs TF-IDF des racines de mots ' +
  'des savoir-faire et savoirs ROME des deux fiches (cœur de métier compté double) ; ' +
  'passerelle = 1 − 0,5 × (rang − 1) / (dernier rang − 1) parmi les mobilités France Travail (0 sans lien) ; valeurs et environnement = moyenne des correspondances aux choix (0,5 sans choix) ; ' +
  `personnalité = 1 − écart moyen RIASEC / Big Five (0,5 sans profil) ; gain de résilience = 0,5 + Δ / ${2 * RESILIENCE_GAIN_SPAN} borné à [0, 1]. ` +
  'Contributions arrondies au dixième (plus fort reste) pour que leur somme égale le score.';

/** The resilience model's weights, as level 3 lists them. */
export function resilienceWeights(): Weight[] {
  return [
    ...BOTTLENECKS.map((b) => ({ name: b, value: BOTTLENECK_WEIGHTS[b], description: `Part d’exposition retirée quand « ${FACTOR_LABELS[b]} » est pleinement présent.` })),
    { name: 'plafond_tache', value: MAX_TASK_REDUCTION, description: 'Réduction maximale de l’exposition d’une tâche.' },
    { name: 'frequence_coeur_metier', value: TASK_FREQUENCY.principale, description: 'Poids d’une tâche « cœur de métier » (les autres : 1).' },
    { name: 'experience_max', value: PERSONAL_ADJUSTMENT.experienceMax, description: `Baisse maximale de l’exposition restante, atteinte à ${PERSONAL_ADJUSTMENT.experienceYears} ans d’expérience.` },
    { name: 'competences_max', value: PERSONAL_ADJUSTMENT.skillsMax, description: 'Baisse maximale de l’exposition restante par les compétences transférables protectrices.' },
  ];
}

/** The recommendation factors' maximum points (they sum to 100). */
export function recommendationWeights(): Weight[] {
  return (Object.keys(RECOMMENDATION_WEIGHTS) as (keyof typeof RECOMMENDATION_WEIGHTS)[]).map((name) => ({
    name,
    value: RECOMMENDATION_WEIGHTS[name],
    description: `Points au plus pour « ${RECOMMENDATION_LABELS[name]} ».`,
  }));
}

/** What a resilience score cannot tell, including what its figure's derivation adds. */
export function resilienceLimits(figure: AutomationFigure | null): string[] {
  const limits = [
    'Le risque Nesta (2020–2021) repose sur les évaluations par Brynjolfsson, Mitchell et Rock (2018) de l’aptitude des tâches O*NET à l’apprentissage automatique : il précède l’IA générative.',
    'Le chiffre d’une fiche ROME est une moyenne des professions ESCO reliées à ses appellations : il décrit le métier en général, pas votre poste.',
    'Les goulets d’étranglement sont repérés par un lexique français appliqué aux intitulés des tâches ROME ; une tâche formulée autrement peut être mal classée.',
    'ROME ne publie pas la fréquence des tâches : les tâches « cœur de métier » comptent triple, les autres une fois.',
  ];
  if (!figure) limits.push('Aucune source ne couvre cette fiche : l’exposition de départ est la médiane des professions évaluées, le score est donc peu informatif.');
  else if (figure.derivation === 'isco_fallback') limits.push('Faute de profession ESCO évaluée pour ses appellations, le chiffre vient du groupe ISCO à quatre chiffres, plus large que le métier.');
  else if (figure.derivation === 'parent_fiche') limits.push(`Le chiffre est celui de la fiche parente ${figure.parentCode ?? ''}, faute de donnée propre à cette fiche.`);
  return limits;
}

export const RESILIENCE_BIASES = [
  'Les évaluations de tâches viennent des États-Unis (O*NET) et sont transposées à l’Europe par une table de correspondance.',
  'Le modèle de 2018 juge par construction les tâches physiques ou relationnelles peu automatisables ; la robotique et l’IA générative peuvent déplacer ces frontières.',
  'Le lexique favorise les tâches décrites avec des verbes relationnels ou créatifs : un métier décrit sobrement peut paraître plus exposé.',
  'Les deux sources publiées (Nesta et Frey & Osborne) concordent mal ; le score nomme celle qu’il utilise (Nesta) et montre l’autre pour comparaison.',
];

export const RECOMMENDATION_LIMITS = [
  'La proximité de compétences compare la formulation des compétences ROME des deux fiches, pas vos compétences réelles ; des métiers au vocabulaire proche peuvent différer en pratique.',
  'Les profils de valeurs et d’environnement sont déduits des tâches et contextes de travail ROME par lexique : ce sont des indications.',
  'La personnalité est rapprochée de la famille ROME du métier (profil RIASEC par famille), approximation grossière.',
];

export const RECOMMENDATION_BIASES = [
  'Les mobilités France Travail reflètent des parcours observés : elles favorisent les transitions déjà fréquentes.',
  'Le gain de résilience hérite des limites du score de résilience (données antérieures à l’IA générative).',
];

export const HUMAN_REVIEW =
  'L’équipe Aube a relu le lexique des goulets d’étranglement, les pondérations et les seuils des libellés (définis dans DOMAIN.md) ; ' +
  'les correspondances ESCO–ROME ont été établies par les experts de Pôle emploi (projet v1.4). Aucun humain n’a relu ce résultat individuel : ' +
  'un conseiller France Travail peut en discuter avec vous.';

/** Other published figures for the job, never used in the score. */
export function comparisons(figure: AutomationFigure | null): string[] {
  if (!figure?.freyOsborne) return [];
  const { probability, socCodes } = figure.freyOsborne;
  return [
    `Frey & Osborne (2013) : probabilité d’informatisation ${percent(probability)} pour les professions américaines SOC ${socCodes.join(', ')} reliées à ce métier ; non utilisée dans le score (les deux sources concordent mal).`,
  ];
}
