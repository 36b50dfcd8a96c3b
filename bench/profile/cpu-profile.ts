import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTimeEntry {
  name: string;
  selfMs: number;
  /** Share of the busy (non-idle) time. */
  percent: number;
}

export interface ProfileSummary {
  file: string;
  sampledMs: number;
  busyMs: number;
  topFunctions: (SelfTimeEntry & { location: string })[];
  byPackage: SelfTimeEntry[];
}

const IDLE = '(idle)';

/**
 * The main thread's profile among the `.cpuprofile` files written into `directory` (one per
 * thread: tsx's module-loader thread writes a small one too), i.e. the largest; or undefined.
 */
export function findCpuProfile(directory: string): string | undefined {
  let files: string[];
  try {
    files = readdirSync(directory)
      .filter((file) => file.endsWith('.cpuprofile'))
      .map((file) => join(directory, file));
  } catch {
    return undefined;
  }
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

/**
 * Self time per function and per package (node_modules package, our source folder, Node
 * internals, GC) from a V8 `.cpuprofile`, largest first, as a share of the busy time.
 */
export function summarizeCpuProfile(file: string, root: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const functions = new Map<string, { name: string; location: string; us: number }>();
  const packages = new Map<string, number>();
  let sampledUs = 0;
  let idleUs = 0;
  for (const [index, id] of profile.samples.entries()) {
    const us = profile.timeDeltas[index] ?? 0;
    const node = byId.get(id);
    if (!node || us <= 0) continue;
    sampledUs += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || (url ? '(anonymous)' : '(native)');
    if (name === IDLE) {
      idleUs += us;
      continue;
    }
    const location = url ? `${shortPath(url, root)}:${lineNumber + 1}` : '';
    const key = `${name}@${location}`;
    const entry = functions.get(key) ?? { name, location, us: 0 };
    entry.us += us;
    functions.set(key, entry);
    const pkg = packageOf(name, url, root);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const busyUs = Math.max(1, sampledUs - idleUs);
  const share = (us: number) => Math.round((us / busyUs) * 1000) / 10;
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    file,
    sampledMs: ms(sampledUs),
    busyMs: ms(busyUs),
    topFunctions: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((entry) => ({ name: entry.name, location: entry.location, selfMs: ms(entry.us), percent: share(entry.us) })),
    byPackage: [...packages.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: ms(us), percent: share(us) })),
  };
}

function shortPath(url: string, root: string): string {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) return path.slice(modules + 'node_modules/'.length);
  return path.startsWith('/') ? relative(root, path) : path;
}

/** `@apollo/gateway`, `graphql`, `gateway/src`, `node:internal`, `(garbage collector)`… */
function packageOf(name: string, url: string, root: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  if (url.startsWith('node:')) return 'node: internals';
  const path = shortPath(url, root);
  if (path.startsWith('/') || path.startsWith('..')) return 'other';
  const parts = path.split('/');
  if (url.includes('node_modules/')) return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? 'other');
  return parts.slice(0, Math.min(2, parts.length - 1)).join('/') || path;
}
