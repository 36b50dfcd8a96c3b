import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Kind, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** The cookie that carries a browser's refresh token. */
export const REFRESH_COOKIE = 'phoenix_refresh';
/** Header by which a browser client asks for the cookie treatment (`x-phoenix-client: web`). */
export const WEB_CLIENT_HEADER = 'x-phoenix-client';

const ISSUING_FIELDS = new Set(['signIn', 'signUp', 'refreshSession']);
const CONSUMING_FIELDS = new Set(['refreshSession', 'signOut']);
// Once it succeeds, the account and every session of it are gone.
const ACCOUNT_ENDING_FIELDS = new Set(['deleteMyAccount']);
const ENDED_CODES = new Set(['UNAUTHENTICATED', 'TOKEN_EXPIRED']);
const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export interface SessionCookieOptions {
  /** Adds `Secure`; leave it off only for plain-HTTP development. */
  secure: boolean;
  /** Lifetime of the cookie; keep it at the accounts refresh-token lifetime (default 30 days, REFRESH_TOKEN_TTL_DAYS). */
  maxAgeSeconds?: number;
  /** Where the browser sends it back (default `/graphql`, the only path that reads it). */
  path?: string;
}

/** A root field of the operation that issues or consumes a refresh token. */
interface SessionField {
  name: string;
  responseKey: string;
  /** Response keys under which the payload's `refreshToken` was selected. */
  refreshTokenKeys: string[];
  /** The variable bound to the `refreshToken` argument, if the argument is a variable. */
  refreshTokenVariable?: string;
}

/**
 * Keeps browsers' refresh tokens out of JavaScript. For requests marked `x-phoenix-client: web`:
 * - a `signIn`, `signUp` or `refreshSession` payload's `refreshToken` moves into an
 *   HttpOnly, SameSite=Strict cookie and comes back blank in the JSON;
 * - `refreshSession(refreshToken: $var)` and `signOut(refreshToken: $var)` with `$var` left
 *   unset receive the cookie's value;
 * - `signOut`, a successful `deleteMyAccount`, and a `refreshSession` refused because the
 *   session is over, clear the cookie.
 * Other clients (mobile, partners, scripts) are untouched and keep tokens in the body.
 * The custom header forces a CORS preflight, so no other site can make a browser use the cookie.
 */
export function sessionCookiePlugin(options: SessionCookieOptions): ApolloServerPlugin<BaseContext> {
  const cookies = sessionCookies(options);
  return {
    async requestDidStart({ request }) {
      const headers = request.http?.headers;
      if (headers?.get(WEB_CLIENT_HEADER) !== 'web') return;
      const presented = readCookie(headers.get('cookie'), REFRESH_COOKIE);
      let fields: SessionField[] = [];
      return {
        async didResolveOperation({ operation, document, request: graphqlRequest }) {
          if (operation?.operation !== 'mutation') return;
          fields = sessionFieldsOf(operation, document);
          if (!presented) return;
          for (const field of fields) {
            const variable = field.refreshTokenVariable;
            if (CONSUMING_FIELDS.has(field.name) && variable && graphqlRequest.variables?.[variable] == null) {
              graphqlRequest.variables = { ...graphqlRequest.variables, [variable]: presented };
            }
          }
        },
        async willSendResponse(requestContext) {
          if (fields.length === 0) return;
          const cookie = cookieFor(fields, requestContext, presented !== undefined, cookies);
          if (!cookie) return;
          requestContext.response.http.headers.set('set-cookie', cookie);
          requestContext.response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/** The Set-Cookie value the response calls for, if any. */
function cookieFor(
  fields: SessionField[],
  { response }: GraphQLRequestContextWillSendResponse<BaseContext>,
  hadCookie: boolean,
  cookies: ReturnType<typeof sessionCookies>,
): string | undefined {
  const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
  let cookie: string | undefined;
  for (const field of fields) {
    if (field.name === 'signOut') cookie = cookies.clear;
    if (ACCOUNT_ENDING_FIELDS.has(field.name) && result?.data?.[field.responseKey] === true) cookie = cookies.clear;
    if (!ISSUING_FIELDS.has(field.name)) continue;
    const payload = result?.data?.[field.responseKey];
    const token = takeRefreshToken(payload, field.refreshTokenKeys);
    if (token) cookie = cookies.set(token);
    else if (field.name === 'refreshSession' && hadCookie && sessionEnded(result?.errors, field.responseKey)) cookie = cookies.clear;
  }
  return cookie;
}

/** Blanks the payload's refresh token(s) and returns the token, or undefined when there is none. */
function takeRefreshToken(payload: unknown, keys: string[]): string | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const record = payload as Record<string, unknown>;
  let token: string | undefined;
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value) {
      token = value;
      record[key] = '';
    }
  }
  return token;
}

function sessionEnded(errors: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] | undefined, responseKey: string): boolean {
  return (errors ?? []).some((error) => {
    const code = error.extensions?.code;
    const concerns = !error.path || error.path[0] === responseKey;
    return concerns && typeof code === 'string' && ENDED_CODES.has(code);
  });
}

/** The root fields of a mutation that issue, consume or end refresh tokens, through fragments and aliases. */
export function sessionFieldsOf(operation: OperationDefinitionNode, document: DocumentNode): SessionField[] {
  const fragments = new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
  );
  const fieldsOf = (selectionSet: SelectionSetNode, seen = new Set<string>()): FieldNode[] =>
    selectionSet.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, seen);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return [];
      return fieldsOf(fragment.selectionSet, new Set([...seen, fragment.name.value]));
    });
  return fieldsOf(operation.selectionSet)
    .filter((field) => ISSUING_FIELDS.has(field.name.value) || CONSUMING_FIELDS.has(field.name.value) || ACCOUNT_ENDING_FIELDS.has(field.name.value))
    .map((field) => {
      const argument = field.arguments?.find((arg) => arg.name.value === 'refreshToken');
      const refreshTokenKeys = field.selectionSet
        ? fieldsOf(field.selectionSet)
            .filter((child) => child.name.value === 'refreshToken')
            .map((child) => child.alias?.value ?? child.name.value)
        : [];
      return {
        name: field.name.value,
        responseKey: field.alias?.value ?? field.name.value,
        refreshTokenKeys: [...new Set(refreshTokenKeys)],
        ...(argument?.value.kind === Kind.VARIABLE ? { refreshTokenVariable: argument.value.name.value } : {}),
      };
    });
}

/** Set-Cookie values for the refresh cookie. */
export function sessionCookies({ secure, maxAgeSeconds = DEFAULT_MAX_AGE_SECONDS, path = '/graphql' }: SessionCookieOptions) {
  const attributes = [`Path=${path}`, 'HttpOnly', ...(secure ? ['Secure'] : []), 'SameSite=Strict'].join('; ');
  return {
    set: (token: string) => `${REFRESH_COOKIE}=${encodeURIComponent(token)}; Max-Age=${maxAgeSeconds}; ${attributes}`,
    clear: `${REFRESH_COOKIE}=; Max-Age=0; ${attributes}`,
  };
}

/** One cookie's value from a `Cookie` header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
