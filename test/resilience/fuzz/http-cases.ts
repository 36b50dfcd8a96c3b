import { gzipSync } from 'node:zlib';
import { SignJWT, generateKeyPair } from 'jose';
import type { Random } from './random.js';

/** A request sent with an HTTP client: method, path, headers and body as given. */
export interface ClientRequest {
  kind: 'client';
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** Bytes written as they are on a fresh connection: what no well-behaved client would send. */
export interface RawRequest {
  kind: 'raw';
  bytes: Buffer;
  /** How long to wait for an answer before giving up (the server may rightly wait for more bytes). */
  waitMs?: number;
}

export interface HttpCase {
  name: string;
  request: ClientRequest | RawRequest;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const TYPENAME = JSON.stringify({ query: '{ __typename }' });

function post(body: string | Buffer, headers: Record<string, string> = JSON_TYPE, path = '/graphql'): ClientRequest {
  return { kind: 'client', method: 'POST', path, headers, body };
}

function get(path: string, headers: Record<string, string> = {}): ClientRequest {
  return { kind: 'client', method: 'GET', path, headers };
}

function raw(text: string | Buffer, waitMs?: number): RawRequest {
  return { kind: 'raw', bytes: typeof text === 'string' ? Buffer.from(text, 'latin1') : text, ...(waitMs ? { waitMs } : {}) };
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A billion-laughs document: each fragment spreads the previous one twice. */
function fragmentBomb(levels: number): string {
  const fragments = ['fragment L0 on User { id displayName }'];
  for (let level = 1; level <= levels; level++) fragments.push(`fragment L${level} on User { ...L${level - 1} ...L${level - 1} }`);
  return `{ me { ...L${levels} } }\n${fragments.join('\n')}`;
}

/**
 * The fixed catalogue: malformed bodies, content types and encodings, variables,
 * persisted-query extensions, credentials, headers, methods, paths, and raw HTTP that breaks
 * the protocol itself. Each must be answered below 500, or not at all, never crash the gateway.
 */
export async function httpCatalogue(): Promise<HttpCase[]> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const foreignToken = await new SignJWT({ tier: 'PREMIUM_PLUS', roles: ['admin'], sid: 'forged' })
    .setProtectedHeader({ alg: 'EdDSA', kid: 'not-a-known-key' })
    .setSubject('00000000-0000-4000-8000-000000000000')
    .setIssuer('phoenix-accounts')
    .setAudience('phoenix')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(privateKey);
  const unsignedToken = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: '00000000-0000-4000-8000-000000000000', iss: 'phoenix-accounts', aud: 'phoenix', tier: 'PREMIUM', roles: ['admin'], exp: 4_000_000_000 })}.`;
  const withAuth = (authorization: string) => post(JSON.stringify({ query: '{ me { id email tier } }' }), { ...JSON_TYPE, authorization });
  const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

  const cases: HttpCase[] = [
    // Bodies
    { name: 'truncated JSON', request: post('{"query": "{ __typename }"') },
    { name: 'empty JSON body', request: post('') },
    { name: 'JSON null', request: post('null') },
    { name: 'JSON empty array', request: post('[]') },
    { name: 'batch of two (batches refused)', request: post(`[${TYPENAME},${TYPENAME}]`) },
    { name: 'JSON string', request: post('"{ __typename }"') },
    { name: 'JSON number', request: post('12345') },
    { name: 'query is a number', request: post('{"query": 5}') },
    { name: 'query is null', request: post('{"query": null}') },
    { name: 'query is empty', request: post('{"query": ""}') },
    { name: 'query is an object', request: post('{"query": {"kind": "Document", "definitions": []}}') },
    { name: 'empty object', request: post('{}') },
    { name: 'variables as a JSON string', request: post('{"query":"{ __typename }","variables":"{}"}') },
    { name: 'variables as an array', request: post('{"query":"{ __typename }","variables":[1,2]}') },
    { name: 'variables as a number', request: post('{"query":"{ __typename }","variables":7}') },
    { name: 'variable of the wrong type', request: post('{"query":"query ($n: String!) { occupations(search: $n) { code } }","variables":{"n":{"a":1}}}') },
    { name: 'variable 900 kB long', request: post(JSON.stringify({ query: 'query ($n: String!) { occupations(search: $n) { code } }', variables: { n: 'é'.repeat(450_000) } })) },
    { name: 'prototype pollution in body and variables', request: post('{"query":"{ __typename }","variables":{"__proto__":{"polluted":true}},"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}') },
    { name: 'deeply nested JSON variable (100 000 levels)', request: post(`{"query":"query ($x: [String]) { __typename }","variables":{"x":${deepArray}}}`) },
    { name: 'deeply nested JSON extensions (100 000 levels)', request: post(`{"query":"{ __typename }","extensions":${deepArray}}`) },
    { name: 'operationName is a number', request: post('{"query":"query A { __typename }","operationName":5}') },
    { name: 'operationName not in the document', request: post('{"query":"query A { __typename } query B { __typename }","operationName":"C"}') },
    { name: 'two operations, no operationName', request: post('{"query":"query A { __typename } query B { __typename }"}') },
    { name: 'two anonymous operations', request: post('{"query":"{ __typename } { __typename }"}') },
    { name: 'APQ hash only, unknown', request: post('{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"zz"}}}') },
    { name: 'APQ hash not matching the query', request: post(`{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"${'0'.repeat(64)}"}}}`) },
    { name: 'APQ version 2', request: post(`{"query":"{ __typename }","extensions":{"persistedQuery":{"version":2,"sha256Hash":"${'a'.repeat(64)}"}}}`) },
    { name: 'APQ extension is a string', request: post('{"query":"{ __typename }","extensions":{"persistedQuery":"yes"}}') },
    { name: 'extensions is an array', request: post('{"query":"{ __typename }","extensions":[1]}') },
    { name: 'body over the limit (2 MB)', request: post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(2_000_000)}` })) },
    { name: '5 000 nested selections', request: post(JSON.stringify({ query: `${'{ me '.repeat(5_000)}${'}'.repeat(5_000)}` })) },
    { name: '5 000 aliases', request: post(JSON.stringify({ query: `{ ${Array.from({ length: 5_000 }, (_, index) => `a${index}: __typename`).join(' ')} }` })) },
    { name: 'fragment bomb, 30 levels (2^30 fields once expanded)', request: post(JSON.stringify({ query: fragmentBomb(30) }), { ...JSON_TYPE }) },
    { name: 'fragment cycle', request: post(JSON.stringify({ query: '{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }' })) },
    { name: '800 kB string literal', request: post(JSON.stringify({ query: `{ occupations(search: "${'a'.repeat(800_000)}") { code } }` })) },
    { name: '3 000 variable definitions', request: post(JSON.stringify({ query: `query (${Array.from({ length: 3_000 }, (_, index) => `$v${index}: Int`).join(', ')}) { __typename }` })) },
    { name: '200 directives on one field', request: post(JSON.stringify({ query: `{ __typename ${'@include(if: true) '.repeat(200)}}` })) },
    { name: 'introspection (off in production)', request: post(JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' })) },
    { name: 'subscription over HTTP POST', request: post(JSON.stringify({ query: 'subscription { __typename }' })) },
    { name: 'invalid UTF-8', request: post(Buffer.concat([Buffer.from('{"query":"{ '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' }"}')])) },
    { name: 'UTF-16 with a BOM', request: post(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TYPENAME, 'utf16le')])) },
    { name: 'UTF-8 BOM before the JSON', request: post(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TYPENAME)])) },
    { name: 'NUL bytes in the query', request: post(JSON.stringify({ query: '{ __typename \u0000\u0000 }' })) },
    // Content types and encodings
    { name: 'text/plain (CSRF prevention)', request: post(TYPENAME, { 'content-type': 'text/plain' }) },
    { name: 'form-urlencoded', request: post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }) },
    { name: 'multipart garbage', request: post('--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x' }) },
    { name: 'no content type', request: post(TYPENAME, {}) },
    { name: 'JSON declared UTF-16', request: post(TYPENAME, { 'content-type': 'application/json; charset=utf-16' }) },
    { name: 'JSON in an unknown charset', request: post(TYPENAME, { 'content-type': 'application/json; charset=klingon' }) },
    { name: 'content type garbage', request: post(TYPENAME, { 'content-type': ';;;==/' }) },
    { name: 'gzip declared, plain body', request: post(TYPENAME, { ...JSON_TYPE, 'content-encoding': 'gzip' }) },
    { name: 'gzip bomb (20 MB of spaces)', request: post(gzipSync(Buffer.from(`${' '.repeat(20_000_000)}${TYPENAME}`)), { ...JSON_TYPE, 'content-encoding': 'gzip' }) },
    { name: 'gzip, valid', request: post(gzipSync(Buffer.from(TYPENAME)), { ...JSON_TYPE, 'content-encoding': 'gzip' }) },
    { name: 'unknown content encoding', request: post(TYPENAME, { ...JSON_TYPE, 'content-encoding': 'zstd-but-not-really' }) },
    { name: 'preflight header with text/plain', request: post(TYPENAME, { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' }) },
    // Credentials and headers
    { name: 'Bearer without token', request: withAuth('Bearer') },
    { name: 'Bearer with spaces only', request: withAuth('Bearer    ') },
    { name: 'Bearer garbage', request: withAuth('Bearer garbage') },
    { name: 'Bearer three empty parts', request: withAuth('Bearer ..') },
    { name: 'Bearer a.b.c', request: withAuth('Bearer a.b.c') },
    { name: 'unsigned token (alg none)', request: withAuth(`Bearer ${unsignedToken}`) },
    { name: 'token signed with a foreign key', request: withAuth(`Bearer ${foreignToken}`) },
    { name: 'token of 8 kB', request: withAuth(`Bearer ${'x'.repeat(8_000)}`) },
    { name: 'Basic credentials', request: withAuth('Basic dXNlcjpwYXNz') },
    { name: 'ApiKey empty', request: withAuth('ApiKey ') },
    { name: 'ApiKey garbage', request: withAuth('ApiKey phx_garbage_0123456789') },
    { name: 'X-Api-Key garbage', request: post(JSON.stringify({ query: '{ occupations(search: "a") { code } }' }), { ...JSON_TYPE, 'x-api-key': 'k'.repeat(4_000) }) },
    { name: 'Bearer and X-Api-Key together', request: post(TYPENAME, { ...JSON_TYPE, authorization: `Bearer ${foreignToken}`, 'x-api-key': 'phx_x' }) },
    { name: 'refresh cookie garbage', request: post(JSON.stringify({ query: 'mutation { refreshSession { accessToken } }' }), { ...JSON_TYPE, cookie: 'phoenix_refresh=%%%garbage; phoenix_refresh=second', 'x-phoenix-client': 'web' }) },
    { name: 'traceparent garbage', request: post(TYPENAME, { ...JSON_TYPE, traceparent: 'ff-zz-yy-xx' }) },
    { name: 'traceparent 4 kB', request: post(TYPENAME, { ...JSON_TYPE, traceparent: `00-${'a'.repeat(4_000)}-01` }) },
    { name: 'x-forwarded-for garbage', request: post(TYPENAME, { ...JSON_TYPE, 'x-forwarded-for': 'not-an-ip, ::ffff:999.1.1.1, <script>' }) },
    { name: 'accept graphql-response+json', request: post(JSON.stringify({ query: '{ nope }' }), { ...JSON_TYPE, accept: 'application/graphql-response+json' }) },
    { name: 'accept garbage', request: post(TYPENAME, { ...JSON_TYPE, accept: 'text/;q=zz, */*;q=-1' }) },
    { name: 'accept text/html only', request: post(TYPENAME, { ...JSON_TYPE, accept: 'text/html' }) },
    { name: 'origin from elsewhere', request: post(TYPENAME, { ...JSON_TYPE, origin: 'https://evil.example' }) },
    // GET
    { name: 'GET query', request: get('/graphql?query=%7B__typename%7D') },
    { name: 'GET mutation', request: get('/graphql?query=mutation%20%7B%20signOut%20%7D', { 'apollo-require-preflight': 'true' }) },
    { name: 'GET variables not JSON', request: get('/graphql?query=query(%24a%3AInt)%7B__typename%7D&variables=%7Bnope', { 'apollo-require-preflight': 'true' }) },
    { name: 'GET extensions not JSON', request: get('/graphql?query=%7B__typename%7D&extensions=%5B', { 'apollo-require-preflight': 'true' }) },
    { name: 'GET without query', request: get('/graphql', { 'apollo-require-preflight': 'true' }) },
    { name: 'GET repeated query parameter', request: get(`/graphql?${Array.from({ length: 100 }, () => 'query=%7B__typename%7D').join('&')}`, { 'apollo-require-preflight': 'true' }) },
    { name: 'GET malformed percent-encoding', request: get('/graphql?query=%zz%7B', { 'apollo-require-preflight': 'true' }) },
    { name: 'GET URL of 6 kB', request: get(`/graphql?query=${'%20'.repeat(2_000)}%7B__typename%7D`, { 'apollo-require-preflight': 'true' }) },
    // Methods and paths
    ...['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'].map((method) => ({ name: `${method} /graphql`, request: { kind: 'client', method, path: '/graphql', headers: JSON_TYPE, ...(method === 'HEAD' || method === 'OPTIONS' ? {} : { body: TYPENAME }) } as ClientRequest })),
    { name: 'CORS preflight from elsewhere', request: { kind: 'client', method: 'OPTIONS', path: '/graphql', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } } },
    { name: '/graphql/ with a slash', request: post(TYPENAME, JSON_TYPE, '/graphql/') },
    { name: '//graphql', request: post(TYPENAME, JSON_TYPE, '//graphql') },
    { name: 'dot segments', request: get('/graphql/../health/live') },
    { name: 'encoded dot segments', request: get('/%2e%2e/%2e%2e/etc/passwd') },
    { name: 'NUL in the path', request: get('/graphql%00.json') },
    { name: 'root path (no web client served)', request: get('/') },
    { name: 'unknown path', request: get('/wp-admin/install.php') },
    { name: 'reports, traversal', request: get('/reports/..%2f..%2f..%2fetc%2fpasswd') },
    { name: 'reports, garbage id', request: get(`/reports/${'z'.repeat(300)}.pdf?token=garbage`) },
    { name: 'stripe webhook, no signature', request: post('{"id":"evt_x","type":"invoice.paid"}', JSON_TYPE, '/webhooks/stripe') },
    { name: 'stripe webhook, forged signature', request: post('{"id":"evt_x","type":"checkout.session.completed","data":{"object":{}}}', { ...JSON_TYPE, 'stripe-signature': 't=1,v1=deadbeef' }, '/webhooks/stripe') },
    { name: 'stripe webhook, not JSON', request: post('<xml/>', { 'content-type': 'text/xml', 'stripe-signature': 't=1,v1=00' }, '/webhooks/stripe') },
    { name: 'stripe webhook, 2 MB', request: post(JSON.stringify({ pad: 'x'.repeat(2_000_000) }), { ...JSON_TYPE, 'stripe-signature': 't=1,v1=00' }, '/webhooks/stripe') },
    // Raw protocol breakage
    { name: 'garbage request line', request: raw('HELLO WORLD\r\n\r\n') },
    { name: 'HTTP/9.9', request: raw('GET /health/live HTTP/9.9\r\nHost: x\r\n\r\n') },
    { name: 'header line without a colon', request: raw('GET /health/live HTTP/1.1\r\nHost: x\r\nNoColonHere\r\nConnection: close\r\n\r\n') },
    { name: 'header of 20 kB', request: raw(`GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\nConnection: close\r\n\r\n`) },
    { name: '300 headers', request: raw(`GET /health/live HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 300 }, (_, index) => `X-H${index}: v`).join('\r\n')}\r\nConnection: close\r\n\r\n`) },
    { name: 'Content-Length not a number', request: raw(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\nConnection: close\r\n\r\n${TYPENAME}`) },
    { name: 'Content-Length and Transfer-Encoding (smuggling)', request: raw(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\nGET /health/live HTTP/1.1\r\nHost: x\r\n\r\n`) },
    { name: 'invalid chunk size', request: raw(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n${TYPENAME}\r\n0\r\n\r\n`) },
    { name: 'body shorter than Content-Length', request: raw(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n${TYPENAME}`, 3_000) },
    { name: 'headers cut off', request: raw('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Ty', 3_000) },
    { name: 'HTTP/1.0 without Host', request: raw(`POST /graphql HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: ${TYPENAME.length}\r\n\r\n${TYPENAME}`) },
    { name: 'three pipelined requests', request: raw(`GET /health/live HTTP/1.1\r\nHost: x\r\n\r\nPOST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${TYPENAME.length}\r\n\r\n${TYPENAME}GET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`) },
    { name: 'Expect: 100-continue, body never sent', request: raw('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 20\r\nExpect: 100-continue\r\n\r\n', 3_000) },
    { name: 'unknown method', request: raw('BREW /graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n') },
    { name: 'CR/LF injected in a header value', request: raw(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-A: a\rSet-Cookie: b\r\nContent-Length: ${TYPENAME.length}\r\nConnection: close\r\n\r\n${TYPENAME}`) },
  ];
  return cases;
}

const HEADER_POOL: Record<string, string[]> = {
  'content-type': ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/graphql', 'application/graphql-response+json', '', 'x/y; a=b'],
  authorization: ['Bearer', 'Bearer x.y.z', 'ApiKey k', 'Basic Og==', 'bearer lower-case', 'Bearer  two  spaces', ''],
  'x-api-key': ['', 'phx_1', 'k'.repeat(300)],
  accept: ['*/*', 'application/json', 'application/graphql-response+json', 'text/event-stream', 'multipart/mixed', 'image/png'],
  'apollo-require-preflight': ['true', 'false', ''],
  'x-phoenix-client': ['web', 'mobile', ''],
  traceparent: ['00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', '00-00000000000000000000000000000000-0000000000000000-00', 'x'],
  'content-encoding': ['identity', 'gzip', 'deflate', 'br'],
};

/** A random request: a corrupted or odd body under random headers and methods. */
export function randomHttpCase(random: Random, body: string): HttpCase {
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(HEADER_POOL)) if (random.chance(name === 'content-type' ? 0.9 : 0.15)) headers[name] = random.pick(values);
  const method = random.pick(['POST', 'POST', 'POST', 'POST', 'GET', 'PUT']);
  if (method === 'GET') {
    // URLSearchParams writes lone surrogates as U+FFFD where encodeURIComponent would throw.
    const params = new URLSearchParams({ query: body, variables: random.pick(['{}', '[', 'null', '{"a":1}']) });
    return { name: 'random GET', request: { kind: 'client', method, path: `/graphql?${params}`, headers } };
  }
  return { name: `random ${method}`, request: { kind: 'client', method, path: '/graphql', headers, body } };
}
