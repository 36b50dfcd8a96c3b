import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GatewayProcess } from './gateway-process.js';
import { quantile } from './stats.js';

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }';
const SEND = 'mutation ($input: SendIrisMessageInput!) { sendIrisMessage(input: $input) { conversationId reply { id } } }';
const IRIS_REPLY = 'subscription ($id: ID!) { irisReply(conversationId: $id) { messageId index done failure } }';
/** FREE's daily Iris quota (@phoenix/plans): the messages are spread over enough users. */
const MESSAGES_PER_USER = 5;

const QUESTIONS = [
  { topic: 'RECONVERSION', text: 'Je suis comptable depuis dix ans : comment me reconvertir dans le contrôle de gestion ?' },
  { topic: 'CV', text: 'Comment mettre en avant des compétences transférables dans mon CV ?' },
  { topic: 'LETTRE_MOTIVATION', text: 'Comment expliquer un changement de métier dans une lettre de motivation ?' },
  { topic: 'ENTRETIEN', text: 'Comment présenter ma reconversion lors d’un entretien d’embauche ?' },
  { topic: 'STRATEGIE_CARRIERE', text: 'Comment construire un plan de carrière réaliste sur deux ans ?' },
];

export interface IrisFirstChunkFigures {
  messages: number;
  users: number;
  /** sendIrisMessage sent → first irisReply chunk received, through the gateway. */
  medianMs?: number;
  p95Ms?: number;
  maxMs?: number;
  /** sendIrisMessage sent → the reply's last chunk received. */
  replyMedianMs?: number;
  errors: number;
}

interface Timing {
  firstChunkMs: number;
  replyMs: number;
}

/**
 * Time to first chunk as a signed-in client lives it: `sendIrisMessage` over HTTP through the
 * gateway, then `irisReply` on the client's open graphql-ws socket to the gateway, until the
 * first chunk arrives (and the reply completes). One message at a time; the users are FREE
 * sign-ups through the gateway, as many as the daily quota needs.
 */
export async function measureIrisFirstChunk(gateway: GatewayProcess, options: { messages: number; log(line: string): void }): Promise<IrisFirstChunkFigures> {
  const run = randomBytes(3).toString('hex');
  const users: { token: string; client: Client; conversationId?: string }[] = [];
  const timings: Timing[] = [];
  let errors = 0;
  try {
    const userCount = Math.ceil(options.messages / MESSAGES_PER_USER);
    for (let index = 0; index < userCount; index++) {
      const signedUp = await post<{ signUp: { accessToken: string } }>(gateway.url, SIGN_UP, {
        input: { email: `bench.iris.${run}.${index}@exemple.fr`, password: `mot de passe ${run} ${index} iris`, displayName: `Bench ${index}` },
      });
      const token = signedUp.signUp.accessToken;
      const client = createClient({ url: gateway.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0, onNonLazyError: () => undefined });
      users.push({ token, client });
    }
    for (let index = 0; index < options.messages; index++) {
      const user = users[index % users.length] as (typeof users)[number];
      const question = QUESTIONS[index % QUESTIONS.length] as (typeof QUESTIONS)[number];
      try {
        timings.push(await timeOneReply(gateway.url, user, question));
      } catch (error) {
        errors += 1;
        options.log(`  message ${index + 1}: ${(error as Error).message}`);
      }
    }
  } finally {
    await Promise.allSettled(users.map((user) => user.client.dispose()));
  }
  const firstChunks = timings.map((timing) => timing.firstChunkMs);
  const round = (value: number | undefined) => (value === undefined ? undefined : Math.round(value));
  const figures: IrisFirstChunkFigures = { messages: options.messages, users: users.length, errors };
  const median = round(quantile(firstChunks, 0.5));
  const p95 = round(quantile(firstChunks, 0.95));
  const max = round(quantile(firstChunks, 1));
  const replyMedian = round(quantile(timings.map((timing) => timing.replyMs), 0.5));
  if (median !== undefined) figures.medianMs = median;
  if (p95 !== undefined) figures.p95Ms = p95;
  if (max !== undefined) figures.maxMs = max;
  if (replyMedian !== undefined) figures.replyMedianMs = replyMedian;
  return figures;
}

async function timeOneReply(url: string, user: { token: string; client: Client; conversationId?: string }, question: { topic: string; text: string }): Promise<Timing> {
  const started = performance.now();
  const input = { ...question, ...(user.conversationId ? { conversationId: user.conversationId } : {}) };
  const sent = await post<{ sendIrisMessage: { conversationId: string; reply: { id: string } } }>(url, SEND, { input }, user.token);
  user.conversationId = sent.sendIrisMessage.conversationId;
  const replyId = sent.sendIrisMessage.reply.id;
  return new Promise<Timing>((resolve, reject) => {
    let firstChunkMs: number | undefined;
    const timer = setTimeout(() => finish(new Error('no complete reply within 60 s')), 60_000);
    const unsubscribe = user.client.subscribe<{ irisReply: { messageId: string; done: boolean; failure: string | null } }>(
      { query: IRIS_REPLY, variables: { id: user.conversationId } },
      {
        next: (result) => {
          const chunk = result.data?.irisReply;
          if (result.errors || !chunk) return finish(new Error(`irisReply: ${JSON.stringify(result.errors)}`));
          if (chunk.messageId !== replyId) return finish(new Error('irisReply followed another reply'));
          firstChunkMs ??= performance.now() - started;
          if (chunk.done && chunk.failure) finish(new Error(`the reply failed: ${chunk.failure}`));
        },
        error: (error) => finish(new Error(`irisReply: ${JSON.stringify(error)}`)),
        complete: () => finish(),
      },
    );
    function finish(error?: Error) {
      clearTimeout(timer);
      unsubscribe();
      if (error) reject(error);
      else if (firstChunkMs === undefined) reject(new Error('irisReply completed without a chunk'));
      else resolve({ firstChunkMs, replyMs: performance.now() - started });
    }
  });
}

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (!body.data || body.errors?.length) throw new Error(`HTTP ${response.status}: ${body.errors?.[0]?.extensions?.code ?? ''} ${body.errors?.[0]?.message ?? 'no data'}`);
  return body.data;
}
