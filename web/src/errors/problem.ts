import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { FIELD_ERROR_MESSAGES, errorMessage, isServerErrorCode, type ErrorCode } from './messages';

/** An error as the UI shows it: a stable code, a French message, and the input it concerns. */
export interface Problem {
  code: ErrorCode;
  message: string;
  /** The argument the server refused (`extensions.field` of BAD_USER_INPUT), e.g. `email`. */
  field?: string;
  /** A finer reason some codes carry, e.g. `AI_INPUT_BLOCKED` on BAD_USER_INPUT. */
  reason?: string;
}

/** Reasons that change what the person should do, worded for them. */
const REASON_MESSAGES: Readonly<Record<string, string>> = {
  AI_INPUT_BLOCKED: 'Notre filtre de sécurité a refusé ce texte, qui ressemble à une instruction adressée à l’IA. Reformulez-le puis réessayez.',
  REPLY_IN_PROGRESS: 'Iris est encore en train de répondre. Attendez la fin de sa réponse avant d’écrire.',
};

interface ErrorShape {
  extensions?: Record<string, unknown> | undefined;
}

function problemFrom(errors: readonly ErrorShape[]): Problem {
  const extensions = errors.find((e) => isServerErrorCode(e.extensions?.code))?.extensions ?? {};
  const code = isServerErrorCode(extensions.code) ? extensions.code : 'UNKNOWN';
  const retryAfterSeconds = typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : undefined;
  const resetsAt = typeof extensions.resetsAt === 'string' ? extensions.resetsAt : undefined;
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  const reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
  const message =
    (reason && REASON_MESSAGES[reason]) ||
    (code === 'BAD_USER_INPUT' && field && FIELD_ERROR_MESSAGES[field]) ||
    errorMessage(code, { retryAfterSeconds, resetsAt });
  return { code, message, ...(field ? { field } : {}), ...(reason ? { reason } : {}) };
}

function errorsInBody(bodyText: string): ErrorShape[] | undefined {
  try {
    const body: unknown = JSON.parse(bodyText);
    const errors = (body as { errors?: unknown }).errors;
    return Array.isArray(errors) ? (errors as ErrorShape[]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads any error Apollo Client may surface: GraphQL errors (by `extensions.code`), an HTTP
 * error whose body still carries GraphQL errors, an unreadable answer, or no answer at all.
 */
export function problemOf(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) return problemFrom(error.errors);
  if (ServerError.is(error)) {
    const errors = errorsInBody(error.bodyText);
    if (errors) return problemFrom(errors);
    const code: ErrorCode = error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    return { code, message: errorMessage(code) };
  }
  if (ServerParseError.is(error)) return { code: 'UNKNOWN', message: errorMessage('UNKNOWN') };
  if (error instanceof TypeError) return { code: 'NETWORK', message: errorMessage('NETWORK') };
  return { code: 'UNKNOWN', message: errorMessage('UNKNOWN') };
}

/** True when the error says the caller's session is over (expired, revoked or absent). */
export function isSessionEnded(error: unknown): boolean {
  const { code } = problemOf(error);
  return code === 'UNAUTHENTICATED' || code === 'TOKEN_EXPIRED';
}
