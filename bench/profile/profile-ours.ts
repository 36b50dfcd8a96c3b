import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@phoenix/config';
import { GATEWAYS, type LaunchContext } from '../gateways/specs.js';
import { measureGateway, type MeasureOptions } from '../load/measure-gateway.js';
import { keepInResults } from '../report/results-file.js';
import { findCpuProfile, summarizeCpuProfile, type ProfileSummary } from './cpu-profile.js';

export type ProfileOutcome = (ProfileSummary & { requestsPerSecondWhileProfiled: number }) | { error: string };

/**
 * Runs our gateway once more under `node --cpu-prof` with the same load, keeps the profile in
 * bench/results/ (open it in Chrome DevTools or speedscope) and summarizes its self time.
 * The profiled run's own figures are not part of the comparison: profiling slows it down.
 */
export async function profileOurGateway(context: Omit<LaunchContext, 'port'>, options: MeasureOptions, stamp: string): Promise<ProfileOutcome> {
  const cpuProfileDir = join(context.runDir, 'cpu-profile');
  mkdirSync(cpuProfileDir, { recursive: true });
  try {
    const measurement = await measureGateway(GATEWAYS.ours, { ...context, cpuProfileDir }, options);
    const written = findCpuProfile(cpuProfileDir);
    if (!written) return { error: 'the gateway exited without writing a .cpuprofile' };
    const kept = keepInResults(written, `${stamp}-ours.cpuprofile`);
    return { ...summarizeCpuProfile(kept, repoRoot), requestsPerSecondWhileProfiled: measurement.requestsPerSecond };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
