/**
 * Every `extensions.code` the API may return (docs/errors.md). A test keeps this list in
 * step with the server's catalogue, so a new code fails the build until it is translated.
 */
export const SERVER_ERROR_CODES = [
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_IN_LIST',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_LIMIT_EXCEEDED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TOKEN_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'EMAIL_TAKEN',
  'PAYMENT_REQUIRED',
  'QUOTA_EXCEEDED',
  'RATE_LIMITED',
  'COST_LIMIT_EXCEEDED',
  'SUBGRAPH_UNAVAILABLE',
  'PAYMENT_PROVIDER_NOT_CONFIGURED',
  'PAYMENT_PROVIDER_UNAVAILABLE',
  'AUDIT_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];

/** A server code, or what the client itself observed: no answer at all, or an answer it cannot read. */
export type ErrorCode = ServerErrorCode | 'NETWORK' | 'UNKNOWN';

const INVALID_REQUEST = 'La demande n’a pas pu être traitée. Rechargez la page puis réessayez.';
const OUTDATED = 'Cette version de l’application n’est plus à jour. Rechargez la page.';

/** One French sentence per code, written for the person using the app, never for a developer. */
export const ERROR_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  BAD_REQUEST: INVALID_REQUEST,
  BAD_USER_INPUT: 'Certaines informations ne sont pas valides. Vérifiez le formulaire.',
  GRAPHQL_PARSE_FAILED: INVALID_REQUEST,
  GRAPHQL_VALIDATION_FAILED: OUTDATED,
  PERSISTED_QUERY_NOT_FOUND: INVALID_REQUEST,
  PERSISTED_QUERY_NOT_SUPPORTED: INVALID_REQUEST,
  PERSISTED_QUERY_NOT_IN_LIST: OUTDATED,
  OPERATION_RESOLUTION_FAILURE: INVALID_REQUEST,
  OPERATION_LIMIT_EXCEEDED: 'Cette demande dépasse les limites autorisées. Rechargez la page puis réessayez.',
  UNAUTHENTICATED: 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  INVALID_CREDENTIALS: 'Adresse e-mail ou mot de passe incorrect.',
  TOKEN_EXPIRED: 'Votre session a expiré. Reconnectez-vous pour continuer.',
  FORBIDDEN: 'Vous n’avez pas accès à cette fonctionnalité.',
  NOT_FOUND: 'L’élément demandé est introuvable.',
  EMAIL_TAKEN: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.',
  PAYMENT_REQUIRED: 'Cette fonctionnalité est réservée aux offres Premium.',
  QUOTA_EXCEEDED: 'Vous avez atteint la limite de votre offre pour cette fonctionnalité.',
  RATE_LIMITED: 'Trop de demandes en peu de temps. Patientez un instant puis réessayez.',
  COST_LIMIT_EXCEEDED: 'Cette demande est trop volumineuse. Réduisez-la puis réessayez.',
  SUBGRAPH_UNAVAILABLE: 'Un de nos services est momentanément indisponible. Réessayez dans quelques instants.',
  PAYMENT_PROVIDER_NOT_CONFIGURED: 'Le paiement en ligne n’est pas encore disponible. Réessayez prochainement.',
  PAYMENT_PROVIDER_UNAVAILABLE: 'Notre prestataire de paiement ne répond pas pour le moment. Rien n’a été débité : réessayez dans quelques instants.',
  AUDIT_UNAVAILABLE: 'Ces informations personnelles ne peuvent pas être consultées pour le moment, car leur accès doit être enregistré. Réessayez dans quelques instants.',
  INTERNAL_SERVER_ERROR: 'Une erreur inattendue s’est produite de notre côté. Réessayez plus tard.',
  NETWORK: 'Impossible de joindre Phoenix. Vérifiez votre connexion Internet puis réessayez.',
  UNKNOWN: 'Une erreur inattendue s’est produite. Réessayez plus tard.',
};

/**
 * BAD_USER_INPUT on an argument whose refusal says exactly what to fix (`extensions.field`),
 * worded for the person; other fields keep the form's generic message.
 */
export const FIELD_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  confirmEmail: 'Cette adresse ne correspond pas à celle de votre compte. Saisissez l’adresse e-mail avec laquelle vous vous connectez.',
};

export function isServerErrorCode(value: unknown): value is ServerErrorCode {
  return typeof value === 'string' && (SERVER_ERROR_CODES as readonly string[]).includes(value);
}

/** What the server may add to an error to make the message precise. */
export interface ErrorDetails {
  retryAfterSeconds?: number;
  resetsAt?: string;
}

/** The French message for a code, completed with the retry delay or the quota reset date when known. */
export function errorMessage(code: ErrorCode, details: ErrorDetails = {}): string {
  const base = ERROR_MESSAGES[code];
  if (code === 'RATE_LIMITED' && details.retryAfterSeconds !== undefined) {
    const seconds = Math.max(1, Math.ceil(details.retryAfterSeconds));
    return `Trop de demandes en peu de temps. Réessayez dans ${seconds}\u00a0seconde${seconds > 1 ? 's' : ''}.`;
  }
  if (code === 'QUOTA_EXCEEDED' && details.resetsAt) {
    const date = new Date(details.resetsAt);
    if (!Number.isNaN(date.getTime())) {
      const day = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long' }).format(date).replace(/^1 /, '1er ');
      return `${base} Elle sera renouvelée le ${day}.`;
    }
  }
  return base;
}
