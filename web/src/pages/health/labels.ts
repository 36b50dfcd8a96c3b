import type { HealthStatus } from '../../__generated__/graphql';

export const STATUS_LABELS: Readonly<Record<HealthStatus, string>> = {
  UP: 'Opérationnel',
  DEGRADED: 'Perturbé',
  DOWN: 'Indisponible',
  UNKNOWN: 'Pas encore vérifié',
};

export const OVERALL_SENTENCES: Readonly<Record<HealthStatus, string>> = {
  UP: 'Tous les services de Phoenix fonctionnent normalement.',
  DEGRADED: 'Certains services de Phoenix sont perturbés.',
  DOWN: 'Phoenix est indisponible pour le moment.',
  UNKNOWN: 'L’état des services n’a pas encore été vérifié.',
};

/** Service names as people know them. */
export const SERVICE_LABELS: Readonly<Record<string, string>> = {
  gateway: 'Passerelle API',
  accounts: 'Comptes',
  aube: 'Aube (exploration)',
  letters: 'Lettres',
  rise: 'Rise (suivi)',
  iris: 'Iris (assistant)',
  billing: 'Abonnements',
  agents: 'Agents IA',
};
