import type { EventLagFigure } from '../extras/event-lag-suite.js';
import type { OptionalBenchFigures } from '../extras/optional-benches.js';
import type { PhoenixWorkloadFigure } from '../phoenix/workload.js';
import type { ProfileOutcome } from '../profile/profile-ours.js';
import type { GatewayFailure, GatewaySummary, Ratios } from './summary.js';

export interface Report {
  conditions: string;
  gateways: GatewaySummary[];
  failures: GatewayFailure[];
  /**
   * Ours against each other gateway in the same mode: `vanilla` and `hive` (defaults) execute
   * every request, as ours does with deduplication off; Hive's public config deduplicates
   * identical requests in flight, as ours does by default.
   */
  ratios: { vanilla?: Ratios; vanillaNoDedup?: Ratios; hive?: Ratios; hiveBench?: Ratios };
  eventLag?: EventLagFigure[];
  /** The Phoenix workload: its conditions line and one row per database. */
  phoenix?: { conditions: string; figures: PhoenixWorkloadFigure[] };
  /** Figures of the benches other issues own (bench/gateway-protection.ts…). */
  others: OptionalBenchFigures[];
  profile?: ProfileOutcome;
  /** Things the reader should know that are not figures (a module not landed yet…). */
  notes: string[];
}

const show = (value: number | undefined, digits = 0) =>
  value === undefined ? 'n/a' : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function ratioLine(name: string, ratio: Ratios | undefined): string {
  if (!ratio) return `${name}: not measured`;
  return `${name}: requests/s ×${show(ratio.requestsPerSecond, 2)}, p95 ×${show(ratio.p95, 2)}, CPU per request ×${show(ratio.cpuPerRequest, 2)}`;
}

/** The whole report as Markdown, ready for the terminal and for docs/benchmarks.md. */
export function renderReport(report: Report): string {
  const parts: string[] = [report.conditions, ''];
  parts.push(
    table(
      ['gateway', 'requests/s', 'rounds', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx', 'wrong body', 'gateway CPU ms/request', 'subgraph calls/request', 'peak RSS MB'],
      report.gateways.map((row) => [
        row.label,
        show(row.requestsPerSecond, 1),
        row.roundsRequestsPerSecond.map((value) => show(value)).join(' / '),
        show(row.p50Ms),
        show(row.p95Ms),
        show(row.p99Ms),
        show(row.errors),
        show(row.non2xx),
        show(row.mismatches),
        show(row.cpuMsPerRequest, 2),
        show(row.subgraphCallsPerRequest, 2),
        show(row.peakRssMb),
      ]),
    ),
  );
  for (const failure of report.failures) parts.push(`FAILED ${failure.label}: ${failure.error.split('\n')[0]}`);
  parts.push(
    '',
    ratioLine('ours/vanilla', report.ratios.vanilla),
    ratioLine('ours without deduplication/vanilla', report.ratios.vanillaNoDedup),
    ratioLine('ours without deduplication/Hive (defaults)', report.ratios.hive),
    ratioLine('ours/Hive (public benchmark config)', report.ratios.hiveBench),
  );

  if (report.phoenix) {
    parts.push('', report.phoenix.conditions, '');
    parts.push(
      table(
        ['database', 'requests/s', 'p50 ms', 'p95 ms', 'p99 ms', 'SQL statements/request', 'by subgraph', 'incomplete', 'non-2xx (429)', 'errors', 'process CPU ms/request'],
        report.phoenix.figures.map((figure) =>
          figure.error
            ? [figure.database, `failed: ${figure.error.split('\n')[0]}`, '', '', '', '', '', '', '', '', '']
            : [
                figure.database,
                show(figure.requestsPerSecond, 1),
                show(figure.p50Ms),
                show(figure.p95Ms),
                show(figure.p99Ms),
                show(figure.sqlPerRequest, 2),
                Object.entries(figure.sqlPerRequestBySubgraph ?? {})
                  .map(([name, count]) => `${name} ${show(count, Number.isInteger(count) ? 0 : 2)}`)
                  .join(', '),
                show(figure.incomplete),
                `${show(figure.non2xx)} (${show(figure.rateLimited)})`,
                show(figure.errors),
                show(figure.processCpuMsPerRequest, 2),
              ],
        ),
      ),
    );
  }
  if (report.eventLag) {
    parts.push('', 'Event lag (commit → consumer handler, NOTIFY path)', '');
    parts.push(
      table(
        ['database', 'events/s', 'events', 'median ms', 'p99 ms'],
        report.eventLag.map((figure) => [
          figure.database,
          show(figure.ratePerSecond),
          show(figure.count),
          figure.error ? `failed: ${figure.error}` : show(figure.medianMs, 2),
          figure.error ? '' : show(figure.p99Ms, 2),
        ]),
      ),
    );
  }
  for (const other of report.others) {
    parts.push('', `${other.title} (bench/${other.ran})`, '');
    if (other.error) parts.push(`failed: ${other.error}`);
    else parts.push(table(['figure', 'value'], Object.entries(other.figures).map(([key, value]) => [key, typeof value === 'number' ? show(value, Number.isInteger(value) ? 0 : 2) : value])));
  }
  if (report.profile) {
    if ('error' in report.profile) parts.push('', `CPU profile of our gateway failed: ${report.profile.error}`);
    else {
      const { busyMs, sampledMs, requestsPerSecondWhileProfiled } = report.profile;
      parts.push(
        '',
        `CPU profile of our gateway under the same load: self time, ${show(busyMs)} ms busy of ${show(sampledMs)} ms sampled, ` +
          `${show(requestsPerSecondWhileProfiled, 1)} requests/s while profiled`,
        '',
      );
      parts.push(table(['function', 'where', 'self ms', '% busy'], report.profile.topFunctions.slice(0, 15).map((f) => [f.name, f.location, show(f.selfMs), show(f.percent, 1)])));
      parts.push('', table(['package', 'self ms', '% busy'], report.profile.byPackage.slice(0, 12).map((p) => [p.name, show(p.selfMs), show(p.percent, 1)])));
    }
  }
  if (report.notes.length > 0) parts.push('', ...report.notes.map((note) => `note: ${note}`));
  return parts.join('\n');
}
