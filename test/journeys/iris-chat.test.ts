import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startIrisChatStack, type IrisChatStack, type IrisInstance, type StackGateway } from '../support/iris-chat-stack.js';
import { recordSubscription, type RecordedSubscription } from '../support/subscription-recorder.js';

// A chat with Iris as a signed-in user lives it: the question over HTTP through the gateway,
// the reply streamed over graphql-ws through the gateway from the iris subgraph, each chunk
// naming its user as accounts resolves them — on a second gateway and iris process too, and
// across a crash of iris mid-reply.

// Paced so a reply streams for a few seconds: long enough to kill iris while it flows.
const CHUNK_DELAY_MS = 150;
const LONG_MS = 90_000;

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { id displayName } } }';
const SEND = 'mutation ($input: SendIrisMessageInput!) { sendIrisMessage(input: $input) { id conversationId reply { id status } } }';
const CONVERSATION = 'query ($id: ID!) { irisConversation(id: $id) { messages(first: 20) { id role status text failure } } }';
const IRIS_REPLY = `subscription ($id: ID!) {
  irisReply(conversationId: $id) { messageId conversationId index delta restart done failure user { displayName } }
}`;

interface Chunk {
  messageId: string;
  conversationId: string;
  index: number;
  delta: string;
  restart: boolean;
  done: boolean;
  failure: string | null;
  user: { displayName: string };
}

interface Sent {
  id: string;
  conversationId: string;
  reply: { id: string; status: string };
}

type GraphQLAnswer<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };

let stack: IrisChatStack;
let irisA: IrisInstance;
let gatewayA: StackGateway;
let user: { accessToken: string; id: string; displayName: string };
let conversationId: string;
const subscriptions: RecordedSubscription<{ irisReply: Chunk }>[] = [];

beforeAll(async () => {
  stack = await startIrisChatStack({
    chunkDelayMs: CHUNK_DELAY_MS,
    // A subgraph that stays down is given up on after a few seconds, not the default ~15.
    gatewayEnv: { GATEWAY_WS_UPSTREAM_RETRIES: '3', GATEWAY_WS_UPSTREAM_RETRY_DELAY_MS: '250' },
  });
  irisA = await stack.startIris();
  gatewayA = await stack.startGateway(irisA);
  const signedUp = await graphql<{ signUp: { accessToken: string; user: { id: string; displayName: string } } }>(gatewayA, SIGN_UP, {
    input: { email: 'camille.iris@exemple.fr', password: 'une reconversion bien menée', displayName: 'Camille Roux' },
  });
  const { accessToken, user: signedUpUser } = dataOf('signUp', signedUp).signUp;
  user = { accessToken, ...signedUpUser };
}, LONG_MS);

afterAll(async () => {
  await Promise.allSettled(subscriptions.map((subscription) => subscription.close()));
  await stack?.stop();
}, LONG_MS);

async function graphql<T>(gateway: StackGateway, query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLAnswer<T>> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

function dataOf<T>(what: string, answer: GraphQLAnswer<T>): T {
  if (answer.errors?.length || !answer.data) throw new Error(`${what} failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

async function send(gateway: StackGateway, text: string, conversation?: string): Promise<Sent> {
  const input = { topic: 'RECONVERSION', text, ...(conversation ? { conversationId: conversation } : {}) };
  return dataOf('sendIrisMessage', await graphql<{ sendIrisMessage: Sent }>(gateway, SEND, { input }, user.accessToken)).sendIrisMessage;
}

/** Opens `irisReply` through `gateway` as the user, or anonymously with `accessToken: null`. */
function subscribe(gateway: StackGateway, conversation: string, accessToken: string | null = user.accessToken) {
  const subscription = recordSubscription<{ irisReply: Chunk }>({ url: gateway.wsUrl, ...(accessToken ? { accessToken } : {}), query: IRIS_REPLY, variables: { id: conversation } });
  subscriptions.push(subscription);
  return subscription;
}

/** The chunks received; fails on any result carrying errors. */
function chunksOf(subscription: RecordedSubscription<{ irisReply: Chunk }>): Chunk[] {
  for (const result of subscription.results) if (result.errors) throw new Error(`the subscription received errors: ${JSON.stringify(result.errors)}`);
  return subscription.results.map((result) => (result.data as { irisReply: Chunk }).irisReply);
}

/** The reply's text as a client builds it: a `restart` chunk discards what came before. */
function replyText(chunks: readonly Chunk[]): string {
  let text = '';
  for (const chunk of chunks) text = chunk.restart ? '' : text + chunk.delta;
  return text;
}

async function storedReply(gateway: StackGateway, conversation: string, replyId: string) {
  const answer = await graphql<{ irisConversation: { messages: { id: string; status: string; text: string | null; failure: string | null }[] } }>(
    gateway,
    CONVERSATION,
    { id: conversation },
    user.accessToken,
  );
  return dataOf('irisConversation', answer).irisConversation.messages.find((message) => message.id === replyId);
}

describe('chatting with Iris through the gateway', () => {
  it(
    'streams the reply chunk by chunk, in order, then completes, each chunk naming the user as accounts resolves them',
    async () => {
      const sent = await send(gatewayA, 'Je suis comptable depuis dix ans : comment me reconvertir dans le contrôle de gestion ?');
      conversationId = sent.conversationId;
      const subscription = subscribe(gatewayA, conversationId);
      expect(await subscription.ended(LONG_MS)).toEqual({ kind: 'complete' });

      const chunks = chunksOf(subscription);
      expect(chunks.length).toBeGreaterThan(2);
      expect(chunks.map((chunk) => chunk.index)).toEqual(chunks.map((_, index) => index));
      expect(chunks.every((chunk) => chunk.messageId === sent.reply.id && chunk.conversationId === conversationId)).toBe(true);
      expect(chunks.map((chunk) => chunk.user.displayName)).toEqual(chunks.map(() => 'Camille Roux'));
      expect(chunks.slice(0, -1).some((chunk) => chunk.done)).toBe(false);
      expect(chunks.at(-1)).toMatchObject({ done: true, failure: null });
      const stored = await storedReply(gatewayA, conversationId, sent.reply.id);
      expect(stored).toMatchObject({ status: 'COMPLETED', failure: null });
      expect(replyText(chunks)).toBe(stored?.text);
    },
    LONG_MS,
  );

  it('refuses an anonymous subscriber with UNAUTHENTICATED', async () => {
    const anonymous = subscribe(gatewayA, conversationId, null);
    const ending = await anonymous.ended(LONG_MS);
    expect(ending.kind).toBe('error');
    expect(ending.kind === 'error' && ending.errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.results).toEqual([]);
  }, LONG_MS);

  it(
    'gives a subscriber on another gateway and iris process, on the same database, the same chunks',
    async () => {
      const irisB = await stack.startIris();
      const gatewayB = await stack.startGateway(irisB);
      // Both listen before the question is sent, so both follow this reply whichever is faster.
      const topic = `iris.reply.${conversationId}`;
      const [openedOnA, openedOnB] = [irisA.opened(topic), irisB.opened(topic)];
      const onA = subscribe(gatewayA, conversationId);
      const onB = subscribe(gatewayB, conversationId);
      await irisA.listening(topic, openedOnA + 1);
      await irisB.listening(topic, openedOnB + 1);
      const sent = await send(gatewayB, 'Et quelles formations courtes me conseilles-tu pour y arriver ?', conversationId);

      expect(await onA.ended(LONG_MS)).toEqual({ kind: 'complete' });
      expect(await onB.ended(LONG_MS)).toEqual({ kind: 'complete' });
      const chunks = chunksOf(onA);
      expect(chunks.length).toBeGreaterThan(2);
      expect(chunks.every((chunk) => chunk.messageId === sent.reply.id && chunk.user.displayName === 'Camille Roux')).toBe(true);
      expect(chunks.at(-1)).toMatchObject({ done: true, failure: null });
      expect(chunksOf(onB)).toEqual(chunks);
      expect(replyText(chunks)).toBe((await storedReply(gatewayB, conversationId, sent.reply.id))?.text);

      // From here on only the first iris process writes replies.
      await gatewayB.stop();
      await irisB.subgraph.stop();
    },
    LONG_MS,
  );

  it(
    'ends the stream with an error or completion when iris dies mid-reply, then streams the reply once iris is back',
    async () => {
      const sent = await send(gatewayA, 'Comment présenter ce changement de métier en entretien ?', conversationId);
      const interrupted = subscribe(gatewayA, conversationId);
      await interrupted.waitUntil('the first chunk of the reply', () => interrupted.results.length >= 1, LONG_MS);
      await irisA.subgraph.kill();

      // Never a silent hang: the gateway gives up on the dead subgraph and tells the client.
      const ending = await interrupted.ended(LONG_MS);
      expect(['complete', 'error']).toContain(ending.kind);
      const received = interrupted.results.flatMap((result) => (result.data ? [result.data.irisReply] : []));
      // Paced replies take seconds: had this one finished first, nothing here would be tested.
      expect(received.some((chunk) => chunk.done)).toBe(false);
      if (ending.kind === 'complete') expect(interrupted.results.at(-1)?.errors?.map((error) => error.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);

      await irisA.subgraph.restart();
      // The restarted worker takes the unfinished reply up again; a new subscription follows it.
      const resumed = subscribe(gatewayA, conversationId);
      expect(await resumed.ended(LONG_MS)).toEqual({ kind: 'complete' });
      const chunks = chunksOf(resumed);
      expect(chunks.length).toBeGreaterThan(2);
      expect(chunks.every((chunk) => chunk.messageId === sent.reply.id && chunk.user.displayName === 'Camille Roux')).toBe(true);
      // Taken over, the reply starts again with a `restart` chunk numbered after the interrupted
      // attempt's chunks, which it replaces: a subscriber sees those first only if it came before.
      const first = chunks[0] as Chunk;
      expect(chunks.map((chunk) => chunk.index)).toEqual(chunks.map((_, offset) => first.index + offset));
      expect(first.index === 0 || first.restart).toBe(true);
      expect(chunks.filter((chunk) => chunk.restart)).toEqual([expect.objectContaining({ delta: '', index: expect.any(Number) })]);
      expect(chunks.at(-1)).toMatchObject({ done: true, failure: null });
      const stored = await storedReply(gatewayA, conversationId, sent.reply.id);
      expect(stored).toMatchObject({ status: 'COMPLETED', failure: null });
      expect(replyText(chunks)).toBe(stored?.text);
    },
    LONG_MS * 2,
  );
});
