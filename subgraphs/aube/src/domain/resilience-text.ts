import type { Bottleneck } from './model.js';
import type { OccupationData, OccupationItem } from './types.js';

/** French labels of the resilience factors, by stable name. */
export const FACTOR_LABELS: Readonly<Record<string, string>> = {
  exposition_metier: 'Part non automatisable selon les données du métier',
  empathie: 'Tâches demandant de l’empathie',
  creativite: 'Tâches demandant de la créativité',
  interaction_humaine: 'Tâches d’interaction humaine',
  complexite: 'Complexité des tâches',
  perception_manipulation: 'Perception et gestes techniques',
  experience: 'Votre expérience',
  competences_transferables: 'Vos compétences transférables',
};

const BOTTLENECK_NOUNS: Readonly<Record<Bottleneck, string>> = {
  empathie: 'de l’empathie',
  creativite: 'de la créativité',
  interaction_humaine: 'des échanges humains',
  complexite: 'un jugement complexe',
  perception_manipulation: 'de la perception ou des gestes techniques',
};

/** Percent with a French decimal comma: 0.343 → « 34,3 % ». */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toLocaleString('fr-FR')} %`;
}

/** Where the starting exposure comes from, in French. */
export function describeBase(occupation: OccupationData, base: number): string {
  const figure = occupation.figure;
  if (!figure) {
    return `Aucune donnée d’automatisation ne couvre cette fiche : exposition de départ fixée à la médiane des 1 627 professions ESCO évaluées par Nesta (${percent(base)}), à lire avec prudence.`;
  }
  const how =
    figure.derivation === 'direct_esco'
      ? `moyenne pondérée de ${figure.aggregated} profession(s) ESCO correspondant à ses appellations`
      : figure.derivation === 'isco_fallback'
        ? `moyenne de ${figure.aggregated} groupe(s) ISCO, faute de profession ESCO évaluée`
        : `valeur de la fiche parente ${figure.parentCode ?? ''}`.trim();
  return `Exposition de départ ${percent(base)} : le risque Nesta de ce métier (${figure.risk.toLocaleString('fr-FR')} sur 5, ${how}) dépasse celui de ${percent(base)} des professions évaluées.`;
}

/** Which tasks need a bottleneck, in French. */
export function describeBottleneck(bottleneck: Bottleneck, items: OccupationItem[]): string {
  if (items.length === 0) return `Aucune tâche de la fiche ne demande nettement ${BOTTLENECK_NOUNS[bottleneck]}.`;
  const examples = items
    .slice(0, 2)
    .map((item) => `« ${item.label} »`)
    .join(', ');
  return `${items.length} tâche(s) demandent ${BOTTLENECK_NOUNS[bottleneck]}, par exemple ${examples}.`;
}

/** How experience adjusted the score, in French. */
export function describeExperience(years: number, share: number): string {
  if (years === 0) return 'Pas d’expérience déclarée : aucun ajustement.';
  return `${years} an(s) d’expérience : l’exposition restante baisse de ${percent(share)} (plafond atteint à 20 ans).`;
}

/** How transferable skills adjusted the score, in French. */
export function describeSkills(protective: readonly string[], share: number): string {
  if (share === 0) return 'Aucune compétence transférable déclarée : aucun ajustement.';
  const named = protective.length > 0 ? ` ; protectrices : ${protective.slice(0, 3).map((s) => `« ${s} »`).join(', ')}` : '';
  return `Vos compétences transférables réduisent l’exposition restante de ${percent(share)}${named}.`;
}
