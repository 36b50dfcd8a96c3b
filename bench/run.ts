import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@phoenix/config';
import { generatePemKeyPair } from '@phoenix/keys';
import { runEventLagSuite } from './extras/event-lag-suite.js';
import { runOptionalBenches } from './extras/optional-benches.js';
import { GATEWAYS, baseEnv, type GatewayId } from './gateways/specs.js';
import { parseOptions, USAGE, type BenchOptions } from './lib/options.js';
import { measureGateway, type GatewayMeasurement, type MeasureOptions } from './load/measure-gateway.js';
import { runPhoenixWorkload } from './phoenix/workload.js';
import { profileOurGateway } from './profile/profile-ours.js';
import { writeResults, runStamp } from './report/results-file.js';
import { ratios, summarizeRounds, type GatewayFailure } from './report/summary.js';
import { renderReport, type Report } from './report/table.js';
import { startSubgraphFleet, type SubgraphFleet } from './scenario/fleet.js';
import { scenarioSupergraph } from './scenario/files.js';
import { runSubscriptionBench, subscriptionReportFigures } from './subscriptions/index.js';

// A run that has not finished by then is stuck; the exit handler kills every child.
const HARD_LIMIT_MS = 30 * 60_000;

function conditions(options: BenchOptions, startedAt: Date, loadBefore: number, loadAfter: number): string {
  const cpu = cpus();
  return [
    `Gateway benchmark — graphql-gateways-benchmark TestQuery, ${options.connections} connections, ` +
      `${options.warmupSeconds} s warm-up + ${options.durationSeconds} s measured per gateway and round, ` +
      `best of ${options.rounds} round(s) shown (rounds column: requests/s of each)`,
    `${startedAt.toISOString()} · Node ${process.version} · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'} · ` +
      `load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after (shared machine: other work competes for the cores)`,
  ].join('\n');
}

async function measureAll(options: BenchOptions, context: Parameters<typeof measureGateway>[1], measureOptions: MeasureOptions) {
  const rounds = new Map<GatewayId, GatewayMeasurement[]>();
  const failures: GatewayFailure[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const id of options.gateways) {
      const spec = GATEWAYS[id];
      if (failures.some((failure) => failure.gateway === id)) continue;
      console.log(`round ${round}/${options.rounds}: ${spec.label}…`);
      try {
        const measurement = await measureGateway(spec, context, measureOptions);
        rounds.set(id, [...(rounds.get(id) ?? []), measurement]);
        console.log(
          `  ${measurement.requestsPerSecond} req/s, p95 ${measurement.p95Ms} ms, errors ${measurement.errors}/${measurement.non2xx}/${measurement.mismatches}, ` +
            `peak RSS ${measurement.peakRssMb ?? 'n/a'} MB (started in ${measurement.startupSeconds} s)`,
        );
      } catch (error) {
        // Without a correct answer from our gateway there is nothing to compare.
        if (id === 'ours' || id === 'ours-nodedup') throw error;
        console.error(`  FAILED: ${(error as Error).message}`);
        failures.push({ gateway: id, label: spec.label, error: (error as Error).message });
      }
    }
  }
  return { rounds, failures };
}

async function measurePhoenix(options: BenchOptions): Promise<NonNullable<Report['phoenix']>> {
  const quick = options.durationSeconds <= 5;
  const perUser = quick ? 2 : 3;
  const figures = await runPhoenixWorkload({
    databases: process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'],
    serverUrl: process.env.DATABASE_URL,
    users: options.phoenixUsers,
    lettersPerUser: perUser,
    explorationsPerUser: perUser,
    connections: options.connections,
    warmupSeconds: options.warmupSeconds,
    durationSeconds: options.durationSeconds,
    log: console.log,
  });
  return {
    conditions:
      `Phoenix workload — signed-in dashboard (accounts, aube, letters, billing) through our gateway with every protection on, ` +
      `the four subgraphs and the database in this process (as npm start); ${options.connections} connections rotating over ` +
      `${options.phoenixUsers} seeded users (${perUser} letters, ${perUser} explorations and a paid subscription each), ` +
      `${options.warmupSeconds} s warm-up + ${options.durationSeconds} s measured per database; SQL statements counted on requests sent one at a time`,
    figures,
  };
}

async function main(): Promise<number> {
  let options: BenchOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  setTimeout(() => {
    console.error(`the benchmark did not finish within ${HARD_LIMIT_MS / 60_000} minutes; stopping`);
    process.exit(1);
  }, HARD_LIMIT_MS).unref();

  const startedAt = new Date();
  const stamp = runStamp(startedAt);
  const loadBefore = loadavg()[0] ?? 0;
  const runDir = mkdtempSync(join(tmpdir(), 'phoenix-bench-'));
  // Also on Ctrl-C, which exits without unwinding this function.
  process.once('exit', () => rmSync(runDir, { recursive: true, force: true }));
  let fleet: SubgraphFleet | undefined;
  try {
    console.log('starting the four benchmark subgraphs…');
    fleet = await startSubgraphFleet({ cwd: repoRoot, env: baseEnv() });
    const supergraphPath = join(runDir, 'supergraph.graphql');
    writeFileSync(supergraphPath, scenarioSupergraph(fleet.urls));
    const context = { supergraphPath, contextKeys: await generatePemKeyPair(), runDir };
    const measureOptions: MeasureOptions = { ...options, subgraphRequests: fleet.requests };

    const { rounds, failures } = await measureAll(options, context, measureOptions);
    const gateways = options.gateways.flatMap((id) => {
      const measured = rounds.get(id);
      return measured ? [summarizeRounds(measured)] : [];
    });
    const byId = (id: GatewayId) => gateways.find((row) => row.gateway === id);

    let profile: Report['profile'];
    if (options.profile) {
      console.log('profiling our gateway (--cpu-prof) under the same load…');
      profile = await profileOurGateway(context, measureOptions, stamp);
    }
    const notes: string[] = [];
    let phoenix: Report['phoenix'];
    if (options.phoenix) {
      console.log('Phoenix workload (dashboard through our gateway and the real subgraphs)…');
      phoenix = await measurePhoenix(options);
      if (!process.env.DATABASE_URL) notes.push('Phoenix workload measured on the embedded PGlite only; set DATABASE_URL for PostgreSQL too.');
    }
    let eventLag: Report['eventLag'];
    let others: Report['others'] = [];
    if (options.extras) {
      console.log('event lag…');
      eventLag = await runEventLagSuite({ eventSeconds: options.eventSeconds, env: process.env });
      if (!eventLag) notes.push('bench/event-lag.ts is not there yet: no event-lag figures.');
      else if (!process.env.DATABASE_URL) notes.push('event lag measured on the embedded PGlite only; set DATABASE_URL for PostgreSQL too.');
      const optional = await runOptionalBenches();
      others = optional.ran;
      console.log('subscriptions (systemHealth fan-out, Iris time to first chunk)…');
      others.push(subscriptionReportFigures(await runSubscriptionBench({ quick: options.durationSeconds <= 5, log: console.log })));
      for (const file of optional.missing) notes.push(`${file} is not there yet: no figures from it.`);
    }

    const report: Report = {
      conditions: conditions(options, startedAt, loadBefore, loadavg()[0] ?? 0),
      gateways,
      failures,
      ratios: {
        vanilla: ratios(byId('ours'), byId('vanilla')),
        vanillaNoDedup: ratios(byId('ours-nodedup'), byId('vanilla')),
        hive: ratios(byId('ours-nodedup'), byId('hive')),
        hiveBench: ratios(byId('ours'), byId('hive-bench')),
      },
      ...(phoenix ? { phoenix } : {}),
      ...(eventLag ? { eventLag } : {}),
      others,
      ...(profile ? { profile } : {}),
      notes,
    };
    console.log(`\n${renderReport(report)}`);
    const file = writeResults(stamp, {
      ...report,
      options,
      machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadBefore, loadAfter: loadavg()[0] },
      rounds: Object.fromEntries(rounds),
    });
    console.log(`\nresults: ${file}`);
    return failures.length > 0 || phoenix?.figures.some((figure) => figure.error) ? 1 : 0;
  } finally {
    await fleet?.stop();
  }
}

let exitCode: number;
try {
  exitCode = await main();
} catch (error) {
  console.error(`\nbenchmark failed: ${(error as Error).message}`);
  exitCode = 1;
}
// Embedded databases and HTTP agents may keep the loop alive; every child is already stopped.
process.exit(exitCode);
