import type { SubscriptionStatus, Tier } from '../../__generated__/graphql';

export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  FREE: 'Gratuit',
  PREMIUM: 'Premium',
  PREMIUM_PLUS: 'Premium Plus',
};

export const SUBSCRIPTION_STATUS_LABELS: Readonly<Record<SubscriptionStatus, string>> = {
  NONE: 'Aucun abonnement payant',
  INCOMPLETE: 'Paiement en attente de confirmation',
  TRIALING: 'Période d’essai',
  ACTIVE: 'Actif',
  PAST_DUE: 'Paiement en retard',
  CANCELED: 'Résilié',
  UNPAID: 'Impayé',
  PAUSED: 'Suspendu, en attente d’un moyen de paiement',
};

/**
 * Version of the consent texts below, sent with every decision so the history names the
 * wording the person read. A new wording gets a new version, declared to accounts first.
 */
export const CONSENT_TEXT_VERSION = '2026-01';

export interface ConsentPurpose {
  purpose: string;
  label: string;
  description: string;
}

/** The purposes a person can decide on (API guide, Consents), explained in plain French. */
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  {
    purpose: 'analytics',
    label: 'Mesure d’audience',
    description: 'Des statistiques d’usage pseudonymisées pour améliorer Phoenix. Aucun contenu de vos échanges n’est conservé.',
  },
  {
    purpose: 'cross_app_context',
    label: 'Contexte partagé entre les services',
    description: 'Iris peut s’appuyer sur votre dernier diagnostic, vos lettres et votre suivi pour personnaliser ses réponses.',
  },
  {
    purpose: 'research',
    label: 'Recherche',
    description: 'Vos données, rendues anonymes, contribuent à des travaux de recherche sur les reconversions professionnelles.',
  },
  {
    purpose: 'partner_sharing:france-travail',
    label: 'Partage avec France Travail',
    description: 'Votre conseiller France Travail peut consulter les informations que Phoenix est autorisé à lui transmettre.',
  },
];

/** A purpose's label for people, or the purpose itself when this version of the app does not know it. */
export function consentLabel(purpose: string): string {
  return CONSENT_PURPOSES.find((known) => known.purpose === purpose)?.label ?? purpose;
}
