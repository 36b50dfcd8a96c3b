import { ERROR_CODES, isErrorCode } from '@phoenix/errors';

/**
 * How an operation ended, for the error and availability objectives:
 * - `ok`: no error;
 * - `client_error`: refused or failed because of the request (validation, authentication,
 *   authorization, cost, rate limit, bad input), every error with a 4xx code;
 * - `degraded`: a server-side error (a subgraph down, an unexpected error) with partial data;
 * - `server_error`: a server-side error and no data, or an HTTP status of 500 or more.
 */
export type Outcome = 'ok' | 'client_error' | 'degraded' | 'server_error';

export interface ResponseSummary {
  status: number | undefined;
  /** The `extensions.code` of each error in the response. */
  codes: readonly unknown[];
  hasData: boolean;
}

/** The label for an error code: a catalogued code, or OTHER. */
export function codeLabel(code: unknown): string {
  return isErrorCode(code) ? code : 'OTHER';
}

// An uncatalogued code is nobody's fault but ours.
function serverSide(code: unknown): boolean {
  return !isErrorCode(code) || ERROR_CODES[code] >= 500;
}

export function classify({ status, codes, hasData }: ResponseSummary): Outcome {
  if (status !== undefined && status >= 500) return 'server_error';
  if (codes.some(serverSide)) return hasData ? 'degraded' : 'server_error';
  if (codes.length > 0 || (status !== undefined && status >= 400)) return 'client_error';
  return 'ok';
}
