/** What `npm audit --json` reports, as far as the gate reads it. */
export interface AuditReport {
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
  error?: { code?: string; summary?: string };
  /** Present when the registry refused the request (e.g. a mirror without the advisory endpoint). */
  message?: string;
  statusCode?: number;
}

export type AuditOutcome =
  | { kind: 'clean'; counted: number }
  | { kind: 'vulnerable'; packages: { name: string; severity: string }[] }
  | { kind: 'unavailable'; reason: string };

const BLOCKING = new Set(['high', 'critical']);

/** Reads `npm audit --json` output: blocking (high, critical) findings, or why there is no answer. */
export function judgeAudit(stdout: string): AuditOutcome {
  let report: AuditReport;
  try {
    report = JSON.parse(stdout) as AuditReport;
  } catch {
    return { kind: 'unavailable', reason: 'npm audit printed no JSON report' };
  }
  if (report.error) return { kind: 'unavailable', reason: report.error.summary || report.error.code || 'npm audit failed' };
  if (report.statusCode !== undefined && report.vulnerabilities === undefined) return { kind: 'unavailable', reason: report.message ?? `HTTP ${report.statusCode}` };
  const entries = Object.entries(report.vulnerabilities ?? {});
  const blocking = entries.filter(([, finding]) => BLOCKING.has(finding.severity)).map(([name, finding]) => ({ name, severity: finding.severity }));
  return blocking.length > 0 ? { kind: 'vulnerable', packages: blocking } : { kind: 'clean', counted: entries.length };
}
