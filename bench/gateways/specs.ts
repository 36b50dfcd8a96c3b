import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '@phoenix/config';
import type { PemKeyPair } from '@phoenix/keys';
import type { LaunchCommand } from '../lib/children.js';
import { oursEnv } from './ours-env.js';

export type GatewayId = 'ours' | 'ours-nodedup' | 'vanilla' | 'hive' | 'hive-bench';
export const GATEWAY_IDS: readonly GatewayId[] = ['ours', 'ours-nodedup', 'vanilla', 'hive', 'hive-bench'];

export interface LaunchContext {
  port: number;
  supergraphPath: string;
  contextKeys: PemKeyPair;
  /** A throw-away directory for this run. */
  runDir: string;
  /** When set, the gateway process writes a V8 CPU profile there on exit (ours only). */
  cpuProfileDir?: string;
}

export interface GatewaySpec {
  id: GatewayId;
  label: string;
  launch(context: LaunchContext): LaunchCommand;
}

/** What every gateway process gets: nothing of the caller's environment but PATH and HOME. */
export function baseEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    // No usage reporting or cloud-metadata probing from a loopback-only benchmark.
    APOLLO_TELEMETRY_DISABLED: 'true',
  };
}

const ourGatewayEntry = join(repoRoot, 'gateway/src/index.ts');
const vanillaEntry = fileURLToPath(new URL('./apollo-vanilla-main.ts', import.meta.url));
const hiveBin = join(dirname(fileURLToPath(import.meta.resolve('@graphql-hive/gateway'))), 'bin.js');

// The configuration the public benchmark runs Hive Gateway with (gateways/hive-gateway/
// gateway.config.ts): identical concurrent client requests share one execution, and JIT.
const HIVE_BENCHMARK_CONFIG = 'export const gatewayConfig = { inboundInflightRequestDeduplication: true, jit: true };\n';

function hiveCommand(context: LaunchContext, extraArgs: string[]): LaunchCommand {
  return {
    file: process.execPath,
    args: [hiveBin, 'supergraph', context.supergraphPath, '--port', String(context.port), '--host', '127.0.0.1', ...extraArgs],
    // Its own directory, so no gateway.config.* or .env of the repository is picked up.
    cwd: context.runDir,
    env: baseEnv(),
  };
}

function ourCommand(context: LaunchContext, settings: Record<string, string>): LaunchCommand {
  return {
    file: process.execPath,
    args: [...(context.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', context.cpuProfileDir] : []), '--import', 'tsx', ourGatewayEntry],
    cwd: repoRoot,
    env: {
      ...baseEnv(),
      ...oursEnv({ port: context.port, supergraphPath: context.supergraphPath, contextKeys: context.contextKeys, dataDir: join(context.runDir, 'data') }),
      ...settings,
    },
  };
}

export const GATEWAYS: Record<GatewayId, GatewaySpec> = {
  ours: {
    id: 'ours',
    label: 'Phoenix gateway (every protection on)',
    launch: (context) => ourCommand(context, {}),
  },
  // Like for like with the gateways that execute every request (vanilla, Hive's defaults).
  'ours-nodedup': {
    id: 'ours-nodedup',
    label: 'Phoenix gateway (every protection on), query deduplication off',
    launch: (context) => ourCommand(context, { GATEWAY_DEDUPLICATE_QUERIES: 'false' }),
  },
  vanilla: {
    id: 'vanilla',
    label: '@apollo/gateway + @apollo/server, defaults',
    launch: (context) => ({
      file: process.execPath,
      args: ['--import', 'tsx', vanillaEntry],
      cwd: repoRoot,
      env: { ...baseEnv(), PORT: String(context.port), SUPERGRAPH_PATH: context.supergraphPath },
    }),
  },
  hive: {
    id: 'hive',
    label: 'Hive Gateway, defaults',
    launch: (context) => hiveCommand(context, []),
  },
  'hive-bench': {
    id: 'hive-bench',
    label: 'Hive Gateway, public benchmark config (inbound dedup, JIT)',
    launch: (context) => {
      const configPath = join(context.runDir, 'hive-benchmark.config.mjs');
      writeFileSync(configPath, HIVE_BENCHMARK_CONFIG);
      return hiveCommand(context, ['--config-path', configPath]);
    },
  },
};
