import { parse } from 'graphql';
import { ContextTokenVerifier, type Principal } from '@phoenix/context-token';
import { importPublicKey } from '@phoenix/keys';
import { createLogger } from '@phoenix/logger';
import { startSubgraphServer, type RunningSubgraph, type SubgraphContext, type SubgraphDefinition, type SubscriptionObserver } from '@phoenix/subgraph-server';

/** A subgraph with subscriptions: chat rooms whose messages name their author (a `User` of accounts). */
export const streamTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@authenticated", "@requiresScopes", "@cost"])
  type Query {
    streamStatus: String!
  }
  type Subscription {
    countdown(from: Int!): Tick!
    messages(room: ID!): Message!
    privateMessages(room: ID!): Message! @authenticated
    premiumMessages(room: ID!): Message! @requiresScopes(scopes: [["premium"]])
    costlyMessages(room: ID!): Message! @cost(weight: 300)
  }
  type Tick {
    n: Int!
  }
  type Message {
    seq: Int!
    text: String!
    author: User!
  }
  type User @key(fields: "id", resolvable: false) {
    id: ID!
  }
`);

export interface Message {
  seq: number;
  text: string;
  author: { id: string };
}

type Listener = (message: Message | Error) => void;

/**
 * In-memory rooms: what the test publishes reaches every subscription open on the room.
 * Tests wait on `listeners(room)` to know a subscription reached the subgraph, or ended.
 */
export class Rooms {
  private readonly byRoom = new Map<string, Set<Listener>>();

  publish(room: string, message: Message): void {
    for (const listener of this.byRoom.get(room) ?? []) listener(message);
  }

  /** Ends every subscription open on the room with `error`, as a failing source stream would. */
  fail(room: string, error: Error): void {
    for (const listener of this.byRoom.get(room) ?? []) listener(error);
  }

  listeners(room: string): number {
    return this.byRoom.get(room)?.size ?? 0;
  }

  /** The room's messages as a source stream; `return()` leaves the room at once. */
  subscribe(room: string): AsyncIterableIterator<Message> {
    const queue: (Message | Error)[] = [];
    let wake: (() => void) | undefined;
    let left = false;
    const listeners = this.byRoom.get(room) ?? new Set<Listener>();
    this.byRoom.set(room, listeners);
    const listener: Listener = (message) => {
      queue.push(message);
      wake?.();
    };
    listeners.add(listener);
    const leave = () => {
      left = true;
      listeners.delete(listener);
      wake?.();
    };
    return {
      async next(): Promise<IteratorResult<Message>> {
        while (queue.length === 0 && !left) await new Promise<void>((resolve) => (wake = resolve));
        const message = queue.shift();
        if (message instanceof Error && !left) {
          leave();
          throw message;
        }
        return message && !left ? { value: message as Message, done: false } : { value: undefined, done: true };
      },
      async return(): Promise<IteratorResult<Message>> {
        leave();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

export interface StreamSubgraph {
  rooms: Rooms;
  /** The principal of every subscription the subgraph opened, from the gateway's context token. */
  principals: Principal[];
  /** graphql-ws sockets open on it now (the gateway's), and opened since it first started. */
  sockets: { open: number; opened: number };
  url: string;
  port: number;
  /** Stops it, as a crash or a deploy would (its sockets close). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  restart(): Promise<void>;
}

const logger = createLogger('stream', 'silent');

/** Starts the `stream` subgraph on the kernel (HTTP and graphql-ws on `/graphql`). */
export async function startStreamSubgraph(contextPublicKeyPem: string): Promise<StreamSubgraph> {
  const verifier = new ContextTokenVerifier(await importPublicKey(contextPublicKeyPem), 'stream');
  const rooms = new Rooms();
  const principals: Principal[] = [];
  const joinRoom = (_root: unknown, { room }: { room: string }, { principal }: SubgraphContext) => {
    principals.push(principal);
    return rooms.subscribe(room);
  };
  const roomField = { subscribe: joinRoom, resolve: (message: Message) => message };
  const definition: SubgraphDefinition<SubgraphContext> = {
    name: 'stream',
    typeDefs: streamTypeDefs,
    resolvers: {
      Query: { streamStatus: () => 'ok' },
      Subscription: {
        countdown: {
          subscribe: async function* (_root: unknown, { from }: { from: number }) {
            for (let n = from; n >= 1; n -= 1) yield { countdown: { n } };
          },
        },
        messages: roomField,
        privateMessages: roomField,
        premiumMessages: roomField,
        costlyMessages: roomField,
      },
    },
    createContext: ({ principal }) => ({ principal }),
    checkReady: async () => {},
  };
  const sockets = { open: 0, opened: 0 };
  const observer: SubscriptionObserver = {
    connectionOpened: () => {
      sockets.open += 1;
      sockets.opened += 1;
    },
    connectionClosed: () => {
      sockets.open -= 1;
    },
    subscriptionStarted: () => {},
    subscriptionEnded: () => {},
    delivered: () => {},
    overflowed: () => {},
  };
  const options = { logger, verifier, subscriptions: { observer } };
  let running: RunningSubgraph | undefined = await startSubgraphServer(definition, { ...options, port: 0 });
  const { port, url } = running;
  return {
    rooms,
    principals,
    sockets,
    url,
    port,
    async stop() {
      const stopping = running;
      running = undefined;
      await stopping?.stop();
    },
    async restart() {
      running ??= await startSubgraphServer(definition, { ...options, port });
    },
  };
}
