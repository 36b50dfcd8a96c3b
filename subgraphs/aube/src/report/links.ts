import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type ReportFormat = 'pdf' | 'json';

export interface ReportLinkOptions {
  secret: string;
  /** Public base URL; links are `<base>/reports/...`. */
  baseUrl: string;
  ttlSeconds: number;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Report links. An owner's download link is signed and expires after a few minutes. A share
 * link carries the share id and its signature, so it can be shown again at any time and
 * stops working as soon as the share row is revoked.
 */
export class ReportLinks {
  private readonly now: () => number;
  private readonly base: string;

  constructor(private readonly options: ReportLinkOptions) {
    this.now = options.now ?? Date.now;
    this.base = options.baseUrl.replace(/\/+$/, '');
  }

  downloadUrl(reportId: string, format: ReportFormat): { url: string; expiresAt: Date } {
    const expires = Math.floor(this.now() / 1000) + this.options.ttlSeconds;
    const signature = this.sign(`download:${reportId}:${format}:${expires}`);
    return { url: `${this.base}/reports/${reportId}.${format}?expires=${expires}&signature=${signature}`, expiresAt: new Date(expires * 1000) };
  }

  /** True when the signature matches and the link has not expired. */
  verifyDownload(reportId: string, format: ReportFormat, expires: string, signature: string): boolean {
    if (!/^\d{1,12}$/.test(expires) || Number(expires) * 1000 < this.now()) return false;
    return this.matches(`download:${reportId}:${format}:${expires}`, signature);
  }

  shareUrl(shareId: string): string {
    return `${this.base}/reports/shared/${shareId}.${this.sign(`share:${shareId}`)}`;
  }

  /** The share id a share token names, when its signature holds. */
  shareIdOf(token: string): string | undefined {
    const [shareId, signature, ...rest] = token.split('.');
    if (!shareId || !signature || rest.length > 0 || !UUID.test(shareId)) return undefined;
    return this.matches(`share:${shareId}`, signature) ? shareId : undefined;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.options.secret).update(payload).digest('base64url');
  }

  private matches(payload: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

/**
 * The secret signing report links: from configuration, else (outside production) one
 * generated once and kept in the development key directory.
 */
export function resolveReportLinkSecret(configured: string | undefined, keysDirectory: string, allowGenerate: boolean): string {
  if (configured) return configured;
  if (!allowGenerate) throw new Error('AUBE_REPORT_LINK_SECRET must be set in production');
  const path = join(keysDirectory, 'aube-report-links.secret');
  if (!existsSync(path)) {
    mkdirSync(keysDirectory, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(path, 'utf8').trim();
}
