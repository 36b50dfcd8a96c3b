import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '@phoenix/config';

/** A service the Dockerfile can run, with the port its configuration listens on by default. */
export interface Deployable {
  name: string;
  port: number;
  /** Environment stem of its variables: `ACCOUNTS` for accounts. */
  stem: string;
  subgraph: boolean;
}

function defaultPort(configFile: string, variable: string): number {
  const match = new RegExp(`\\b${variable}: portEnv\\.default\\((\\d+)\\)`).exec(readFileSync(configFile, 'utf8'));
  if (!match?.[1]) throw new Error(`no default ${variable} in ${configFile}`);
  return Number(match[1]);
}

/** The gateway and every subgraph of subgraphs/ (the code, not the manifests, is the reference). */
export function deployables(): Deployable[] {
  const subgraphs = readdirSync(join(repoRoot, 'subgraphs'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(repoRoot, 'subgraphs', entry.name, 'package.json')))
    .map((entry) => {
      const stem = entry.name.toUpperCase();
      return { name: entry.name, stem, subgraph: true, port: defaultPort(join(repoRoot, 'subgraphs', entry.name, 'src', 'config.ts'), `${stem}_PORT`) };
    });
  return [{ name: 'gateway', stem: 'GATEWAY', subgraph: false, port: defaultPort(join(repoRoot, 'gateway', 'src', 'config.ts'), 'PORT') }, ...subgraphs];
}

/** Every object of a YAML file with several documents. */
export function readYamlDocuments(path: string): Record<string, unknown>[] {
  return parseAllDocuments(readFileSync(path, 'utf8')).map((document) => {
    if (document.errors.length > 0) throw new Error(`${path}: ${document.errors.map((e) => e.message).join('; ')}`);
    return document.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  });
}

/** `name=url,…` → name → url. */
export function healthTargets(value: string): Map<string, string> {
  return new Map(
    value.split(',').map((pair) => {
      const [name = '', url = ''] = pair.split('=');
      return [name, url];
    }),
  );
}
