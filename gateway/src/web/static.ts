import { existsSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

export interface WebStaticOptions {
  /** The built web client (`web/dist`), with its `index.html`. */
  root: string;
  /** Adds Strict-Transport-Security and upgrade-insecure-requests: set it when served over HTTPS. */
  https?: boolean;
}

/** Paths the web client never answers, even for a browser asking for HTML. */
const API_PREFIXES = ['/graphql', '/health', '/webhooks', '/.well-known'];

/**
 * The policy for the web client's pages. Vite emits scripts and styles as files only, so no
 * `unsafe-inline` is needed; WebSockets may reach the API on any host (subscriptions).
 */
export function contentSecurityPolicy(https: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self' ws: wss:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * Serves the built web client at `/`: hashed assets cached for a year, `index.html` never
 * cached, security headers on everything, and `index.html` for any other page GET so that
 * client-side routes (`/compte`, `/tarifs`…) survive a reload. Mount it after `/graphql`
 * and the health routes. Throws when `root` holds no build.
 */
export function webStatic({ root: rootPath, https = false }: WebStaticOptions): Router {
  const root = resolve(rootPath);
  const assets = join(root, 'assets');
  const index = join(root, 'index.html');
  if (!existsSync(index)) throw new Error(`No web build in ${root}: run \`npm run web:build\`.`);
  const headers = securityHeaders(https);
  const router = express.Router();
  router.use((req, res, next) => {
    if (isApiPath(req.path)) return next('router');
    res.set(headers);
    next();
  });
  router.use('/assets', precompressed(assets));
  router.use(
    express.static(root, {
      index: false,
      redirect: false,
      setHeaders(res, path) {
        res.setHeader('cache-control', path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || extname(req.path) !== '') return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}

const ENCODINGS = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
] as const;

/**
 * Serves the `.br` or `.gz` twin the build wrote for an asset when the browser accepts it
 * (web/vite/precompress.ts); anything else falls through to the plain file.
 */
function precompressed(assets: string) {
  const files = new Set(existsSync(assets) ? readdirSync(assets) : []);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    const accepted = req.get('accept-encoding') ?? '';
    const encoding = ENCODINGS.find((candidate) => files.has(name + candidate.extension) && accepted.includes(candidate.name));
    if (!encoding || !files.has(name)) return next();
    res.vary('Accept-Encoding');
    res.type(extname(name));
    res.sendFile(join(assets, name + encoding.extension), {
      headers: { 'content-encoding': encoding.name, 'cache-control': 'public, max-age=31536000, immutable' },
    });
  };
}

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

function securityHeaders(https: boolean): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(https),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
