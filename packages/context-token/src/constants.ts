/** HTTP header (and graphql-ws connection parameter) carrying the context token. */
export const CONTEXT_TOKEN_HEADER = 'x-phoenix-context';
export const CONTEXT_TOKEN_ISSUER = 'phoenix-gateway';
export const MAX_CONTEXT_TOKEN_TTL_SECONDS = 60;
