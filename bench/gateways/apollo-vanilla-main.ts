import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

// The baseline: `@apollo/gateway` + `@apollo/server` exactly as their docs start them, with
// default settings. Only the listening address is chosen (loopback, the bench's port).
const supergraphPath = process.env.SUPERGRAPH_PATH;
const port = Number(process.env.PORT);
if (!supergraphPath || !Number.isInteger(port)) {
  console.error('SUPERGRAPH_PATH and PORT are required');
  process.exit(2);
}

const gateway = new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8') });
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
console.log(`vanilla @apollo/gateway ready at ${url}`);
