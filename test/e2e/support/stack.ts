import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stackEnvironment } from '../../support/stack-env.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

export interface RunningStack {
  /** The gateway's origin, which serves the web client at `/` and the API at `/graphql`. */
  origin: string;
  output(): string;
  stop(): Promise<number | null>;
}

/** Builds web/dist from the current sources, as `npm run web:build` does. */
export function buildWeb(): void {
  const result = spawnSync('npm', ['run', '--silent', 'web:build'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`web:build failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Runs the real `scripts/start.ts` (what `npm start` runs) on free ports with its own data
 * directory, every subgraph of supergraph.yaml included, as test/start/npm-start.test.ts does.
 */
export async function startStack(extraEnv: Record<string, string> | ((origin: string) => Record<string, string>) = {}): Promise<RunningStack> {
  const { gatewayPort, env: ports } = await stackEnvironment();
  const origin = `http://127.0.0.1:${gatewayPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PHOENIX_DATA_DIR: mkdtempSync(join(tmpdir(), 'phoenix-e2e-')),
    ...ports,
    ...(typeof extraEnv === 'function' ? extraEnv(origin) : extraEnv),
  };
  delete env.DATABASE_URL;

  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (!output.includes('Press Ctrl-C to stop.')) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`npm start did not come up:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    output: () => output,
    stop: () => {
      if (child.exitCode !== null) return Promise.resolve(child.exitCode);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      return exited.finally(() => clearTimeout(timer));
    },
  };
}
