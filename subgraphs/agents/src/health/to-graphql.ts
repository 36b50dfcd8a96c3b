import type { SloReport } from '@phoenix/telemetry';
import type { ServiceLevels, SloStatus, SystemHealth as SystemHealthType } from '../__generated__/resolvers-types.js';
import type { SystemHealth } from './monitor.js';

const SLO_STATUS: Record<SloReport['status'], SloStatus> = { met: 'MET', breached: 'BREACHED', no_data: 'NO_DATA' };

/** The gateway's report as the GraphQL `ServiceLevels` type. */
function serviceLevelsToGraphQL(report: SloReport): ServiceLevels {
  return {
    status: SLO_STATUS[report.status],
    windowSeconds: report.window.seconds,
    operations: report.operations,
    latencyP95: { ...report.latencyP95 },
    errorRate: { ...report.errorRate },
    availability: { ...report.availability },
    evaluatedAt: report.window.to,
  };
}

/** The monitor's state as the GraphQL `SystemHealth` type (dates as ISO strings). */
export function systemHealthToGraphQL(health: SystemHealth): SystemHealthType {
  return {
    status: health.status,
    checkedAt: health.checkedAt?.toISOString() ?? null,
    services: health.services.map((s) => ({ name: s.name, status: s.status, latencyMs: s.latencyMs, checkedAt: s.checkedAt?.toISOString() ?? null })),
    slo: health.slo ? serviceLevelsToGraphQL(health.slo) : null,
  };
}
