import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { stackEnvironment } from '../support/stack-env.js';

// Runs the real `scripts/start.ts` (what `npm start` runs) as a child process on free ports
// with its own data directory, and drives it through the gateway only.

interface Started {
  child: ChildProcess;
  output: () => string;
  credentials: { email: string; password: string };
}

const dataDirectory = mkdtempSync(join(tmpdir(), 'phoenix-start-'));
const children: ChildProcess[] = [];
let env: NodeJS.ProcessEnv;
let gatewayUrl: string;

async function start(): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (!output.includes('Press Ctrl-C to stop.')) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const match = /Demo user:\s+(\S+) \/ (\S+)/.exec(output);
  if (!match?.[1] || !match[2]) throw new Error(`no demo credentials printed:\n${output}`);
  return { child, output: () => output, credentials: { email: match[1], password: match[2] } };
}

async function stop(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
  started.child.kill('SIGINT');
  return exited;
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}, accessToken?: string) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { extensions: { code: string } }[] };
}

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }';
const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }';
type Tokens = { accessToken: string; refreshToken: string };

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm start', () => {
  it('serves the supergraph, stops cleanly on Ctrl-C and keeps its data for the next start', async () => {
    const stack = await stackEnvironment();
    gatewayUrl = `http://127.0.0.1:${stack.gatewayPort}/graphql`;
    env = {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PHOENIX_DATA_DIR: dataDirectory,
      ...stack.env,
    };
    delete env.DATABASE_URL;

    const first = await start();
    expect(first.output()).toContain(gatewayUrl);
    const signedUp = await graphql<{ signUp: { user: { id: string } } }>(SIGN_UP, {
      input: { email: 'nadia.benali@exemple.fr', password: 'reconversion 2026', displayName: 'Nadia' },
    });
    expect(signedUp.data?.signUp.user.id).toBeTruthy();
    const signedIn = await graphql<{ signIn: Tokens }>(SIGN_IN, { input: first.credentials });
    const tokens = signedIn.data?.signIn as Tokens;
    const me = await graphql<{ me: { email: string; tier: string; subscription: { plan: string; status: string } } }>(
      '{ me { email tier subscription { plan status } } }',
      {},
      tokens.accessToken,
    );
    expect(me.data?.me).toEqual({ email: first.credentials.email, tier: 'FREE', subscription: { plan: 'FREE', status: 'NONE' } });
    const refreshed = await graphql<{ refreshSession: Tokens }>('mutation ($t: String) { refreshSession(refreshToken: $t) { accessToken refreshToken } }', {
      t: tokens.refreshToken,
    });
    expect(refreshed.data?.refreshSession.refreshToken).not.toBe(tokens.refreshToken);
    const signedOut = await graphql<{ signOut: boolean }>('mutation { signOut }', {}, refreshed.data?.refreshSession.accessToken);
    expect(signedOut.data?.signOut).toBe(true);
    expect(await stop(first)).toBe(0);

    const second = await start();
    expect(second.credentials).toEqual(first.credentials);
    const again = await graphql<{ signIn: Tokens }>(SIGN_IN, { input: { email: 'nadia.benali@exemple.fr', password: 'reconversion 2026' } });
    expect(again.data?.signIn.accessToken).toBeTruthy();
    expect(await stop(second)).toBe(0);
  }, 240_000);
});
