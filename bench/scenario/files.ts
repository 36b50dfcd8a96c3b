import { readFileSync } from 'node:fs';
import type { SubgraphName } from './resolvers.js';

/** The benchmark's `TestQuery`, sent without variables. */
export const BENCHMARK_QUERY = readFileSync(new URL('./query.graphql', import.meta.url), 'utf8');

/** The request body every load-generator request sends. */
export const BENCHMARK_BODY = JSON.stringify({ query: BENCHMARK_QUERY });

/** The published expected response, parsed. */
export function expectedResponse(): unknown {
  return JSON.parse(readFileSync(new URL('./expected-response.json', import.meta.url), 'utf8'));
}

const ROUTING_URL = /url: "http:\/\/0\.0\.0\.0:4200\/(accounts|inventory|products|reviews)"/g;

/**
 * The published supergraph with each subgraph's routing URL replaced by where it listens
 * here. Every gateway reads this same file, so none gets an advantage from overrides.
 */
export function scenarioSupergraph(urls: Record<SubgraphName, string>): string {
  const sdl = readFileSync(new URL('./supergraph.graphql', import.meta.url), 'utf8');
  let replaced = 0;
  const rewritten = sdl.replace(ROUTING_URL, (_match, name: SubgraphName) => {
    replaced++;
    return `url: "${urls[name]}"`;
  });
  if (replaced !== 4) throw new Error(`expected 4 routing URLs in the scenario supergraph, found ${replaced}`);
  return rewritten;
}
