import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Whether a browser page of `Origin` may open a socket here: no Origin (not a browser), an
 * origin of the CORS allowlist, or the gateway's own origin (the web client it serves).
 * Refusing other sites stops cross-site WebSocket hijacking, which CORS does not cover.
 */
export function originAllowed(request: IncomingMessage, allowlist: readonly string[], trustProxyHops: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowlist.includes(origin)) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwardedHost = trustProxyHops > 0 ? firstValue(request.headers['x-forwarded-host']) : undefined;
  return originHost === (forwardedHost ?? request.headers.host);
}

/**
 * The client's address as Express computes `req.ip` with `trust proxy` set to a number of
 * hops: the socket's peer, or the X-Forwarded-For entry that many proxies away.
 */
export function clientAddress(request: IncomingMessage, trustProxyHops: number): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (trustProxyHops <= 0) return peer;
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .reverse();
  const chain = [peer, ...forwarded];
  return chain[Math.min(trustProxyHops, chain.length - 1)] ?? peer;
}

/** Answers an upgrade request with a bare HTTP status and closes the connection. */
export function refuseUpgrade(socket: Duplex, status: number): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** `1mb`, `100kb`, `512` (bytes) → bytes, as `BODY_LIMIT` is written. */
export function sizeInBytes(size: string): number {
  const match = /^(\d+)(b|kb|mb)?$/i.exec(size.trim());
  if (!match) throw new Error(`not a size: ${size}`);
  const unit = (match[2] ?? 'b').toLowerCase();
  return Number(match[1]) * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1);
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
}
