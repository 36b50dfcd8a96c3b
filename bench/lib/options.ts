import { parseArgs } from 'node:util';
import { GATEWAY_IDS, type GatewayId } from '../gateways/specs.js';

export interface BenchOptions {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Each round measures every gateway once, in turn; each gateway's best round is reported. */
  rounds: number;
  gateways: GatewayId[];
  /** Also run our gateway once more under `--cpu-prof` and report its top self-time functions. */
  profile: boolean;
  /** Event lag and the figures of other issues' benches (when those modules exist). */
  extras: boolean;
  /** Events published per event-lag measurement = rate × this. */
  eventSeconds: number;
  /** The Phoenix workload (dashboard through our gateway and the real subgraphs). */
  phoenix: boolean;
  /** Seeded users the Phoenix workload rotates over. */
  phoenixUsers: number;
}

export const USAGE = `npm run bench -- [options]   (every option also reads BENCH_<NAME> from the environment)
  --connections N     concurrent clients (default 50)
  --warmup S          warm-up seconds per gateway (default 5)
  --duration S        measured seconds per gateway (default 20)
  --rounds N          rounds over all gateways, best reported (default 2)
  --gateways LIST     comma-separated subset of ${GATEWAY_IDS.join(',')} (default all)
  --profile           profile our gateway once with --cpu-prof
  --no-extras         skip event lag and other issues' benches (gateway-protection, stripe-to-tier, subscriptions)
  --event-seconds S   publishing time per event-lag measurement (default 3)
  --no-phoenix        skip the Phoenix workload (dashboard query on the real subgraphs)
  --phoenix-users N   seeded users of the Phoenix workload (default 8)
  --quick             1 round, 2 s warm-up, 5 s measured, 1 s of events, 4 Phoenix users: a smoke run
  --help`;

function bounded(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number between ${min} and ${max}, got "${raw}"`);
  return value;
}

/** Parses the command line (and BENCH_* variables); throws with a readable message on nonsense. */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      connections: { type: 'string' },
      warmup: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      gateways: { type: 'string' },
      profile: { type: 'boolean' },
      'no-extras': { type: 'boolean' },
      'event-seconds': { type: 'string' },
      'no-phoenix': { type: 'boolean' },
      'phoenix-users': { type: 'string' },
      quick: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const quick = values.quick === true || env.BENCH_QUICK === 'true';
  const gateways = (values.gateways ?? env.BENCH_GATEWAYS ?? GATEWAY_IDS.join(','))
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  for (const id of gateways) {
    if (!GATEWAY_IDS.includes(id as GatewayId)) throw new Error(`unknown gateway "${id}"; known: ${GATEWAY_IDS.join(', ')}`);
  }
  if (gateways.length === 0) throw new Error('--gateways lists no gateway');
  return {
    connections: bounded('connections', values.connections ?? env.BENCH_CONNECTIONS, 50, 1, 1000),
    warmupSeconds: bounded('warmup', values.warmup ?? env.BENCH_WARMUP, quick ? 2 : 5, 0, 120),
    durationSeconds: bounded('duration', values.duration ?? env.BENCH_DURATION, quick ? 5 : 20, 1, 300),
    rounds: Math.round(bounded('rounds', values.rounds ?? env.BENCH_ROUNDS, quick ? 1 : 2, 1, 5)),
    gateways: [...new Set(gateways as GatewayId[])],
    profile: values.profile === true || env.BENCH_PROFILE === 'true',
    extras: !(values['no-extras'] === true || env.BENCH_EXTRAS === 'false'),
    eventSeconds: bounded('event-seconds', values['event-seconds'] ?? env.BENCH_EVENT_SECONDS, quick ? 1 : 3, 0.1, 60),
    phoenix: !(values['no-phoenix'] === true || env.BENCH_PHOENIX === 'false'),
    phoenixUsers: Math.round(bounded('phoenix-users', values['phoenix-users'] ?? env.BENCH_PHOENIX_USERS, quick ? 4 : 8, 1, 100)),
  };
}
