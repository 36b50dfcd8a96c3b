import { readdirSync, readFileSync } from 'node:fs';

// Linux reports utime/stime in USER_HZ, which is 100 on every mainstream architecture.
const MS_PER_TICK = 10;
const MAX_TREE_SIZE = 256;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** `pid` and its descendants (Linux `/proc`); just `[pid]` elsewhere. */
export function processTree(pid: number): number[] {
  const tree: number[] = [];
  const queue = [pid];
  while (queue.length > 0 && tree.length < MAX_TREE_SIZE) {
    const current = queue.shift()!;
    tree.push(current);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      const children = read(`/proc/${current}/task/${task}/children`)?.trim();
      if (children) queue.push(...children.split(/\s+/).map(Number));
    }
  }
  return tree;
}

/** Resident set size of the process tree in bytes, or undefined when `/proc` cannot say. */
export function treeRssBytes(pid: number): number | undefined {
  let total: number | undefined;
  for (const member of processTree(pid)) {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(read(`/proc/${member}/status`) ?? '');
    if (match?.[1]) total = (total ?? 0) + Number(match[1]) * 1024;
  }
  return total;
}

/** User + system CPU time consumed so far by the live processes of the tree, in ms. */
export function treeCpuMs(pid: number): number | undefined {
  let total: number | undefined;
  for (const member of processTree(pid)) {
    const stat = read(`/proc/${member}/stat`);
    if (!stat) continue;
    // Fields after the parenthesised command name, which may itself contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    if (Number.isFinite(utime) && Number.isFinite(stime)) total = (total ?? 0) + (utime + stime) * MS_PER_TICK;
  }
  return total;
}

export interface PeakSampler {
  /** Stops sampling; the highest tree RSS seen, in MB. */
  stop(): number | undefined;
}

/** Samples the tree's RSS every `intervalMs` and keeps the peak. */
export function samplePeakRss(pid: number, intervalMs = 250): PeakSampler {
  let peak: number | undefined;
  const sample = () => {
    const rss = treeRssBytes(pid);
    if (rss !== undefined && (peak === undefined || rss > peak)) peak = rss;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak === undefined ? undefined : Math.round(peak / 1_048_576);
    },
  };
}
