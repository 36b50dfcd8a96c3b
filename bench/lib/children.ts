import { spawn, type ChildProcess } from 'node:child_process';

export interface LaunchCommand {
  /** Executable; usually `process.execPath`. */
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Open an IPC channel (the child can `process.send`, and notices the parent's death). */
  ipc?: boolean;
}

export interface ManagedChild {
  readonly name: string;
  readonly pid: number;
  readonly process: ChildProcess;
  /** The last output of the child (stdout and stderr interleaved), for error messages. */
  output(): string;
  /** True once the process has exited. */
  exited(): boolean;
  /** SIGTERM to its process group, SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

const OUTPUT_TAIL = 16_384;
const live = new Set<ManagedChild>();
let cleanupInstalled = false;

/**
 * Starts a child in its own process group, so stopping it also stops whatever it forked.
 * Every child is killed when this process exits, however it exits.
 */
export function spawnManaged(name: string, command: LaunchCommand): ManagedChild {
  installCleanup();
  const child = spawn(command.file, command.args, {
    cwd: command.cwd,
    env: command.env,
    detached: true,
    stdio: command.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command.file}`);
  const pid = child.pid;
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let hasExited = false;
  const exit = new Promise<void>((resolve) => {
    const done = () => {
      hasExited = true;
      resolve();
    };
    child.once('exit', done);
    child.once('error', done);
  });

  const managed: ManagedChild = {
    name,
    pid,
    process: child,
    output: () => tail,
    exited: () => hasExited,
    async stop(graceMs = 10_000) {
      if (!hasExited) {
        signalGroup(pid, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
        await exit;
        clearTimeout(timer);
      }
      // Whatever the child forked and left behind goes with it.
      signalGroup(pid, 'SIGKILL');
      live.delete(managed);
    },
  };
  live.add(managed);
  void exit.then(() => {
    if (child.connected) child.disconnect();
  });
  return managed;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function killAll(): void {
  for (const child of live) signalGroup(child.pid, 'SIGKILL');
  live.clear();
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping every benchmark process`);
      killAll();
      process.exit(130);
    });
  }
}
