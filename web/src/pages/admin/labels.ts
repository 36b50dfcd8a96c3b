/** Funnel step names (FunnelStep.name), in the order of the journey. */
export const FUNNEL_STEP_LABELS: Readonly<Record<string, string>> = {
  visit: 'Visites',
  aube_score: 'Scores Aube',
  sign_up: 'Inscriptions',
  letter: 'Premières lettres',
  checkout: 'Paiements commencés',
  subscription: 'Abonnements',
};

export const API_KEY_STATUS_LABELS: Readonly<Record<string, string>> = {
  ACTIVE: 'Active',
  EXPIRED: 'Expirée',
  REVOKED: 'Révoquée',
};
