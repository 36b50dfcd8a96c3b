import { startScenarioSubgraph } from './subgraph-server.js';
import { SUBGRAPH_NAMES, type SubgraphName } from './resolvers.js';

// Child-process entry: `subgraph-main.ts <name>`; reports its URL to the parent over IPC and
// exits when told to, or as soon as the parent goes away (no orphan keeps a port).
const name = process.argv[2] as SubgraphName;
if (!SUBGRAPH_NAMES.includes(name) || !process.send) {
  console.error(`usage: forked with IPC, argument one of ${SUBGRAPH_NAMES.join(', ')}`);
  process.exit(2);
}

const subgraph = await startScenarioSubgraph(name);
const stop = () => void subgraph.close().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.once('disconnect', stop);
process.send({ url: subgraph.url });
