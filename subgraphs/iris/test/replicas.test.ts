import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAiRouter, parseAiConfig, type AiRouter, type RouterEvent } from '@phoenix/ai';
import type { DatabaseHandle } from '@phoenix/db';
import { replyTopic } from '../src/domain/chunks.js';
import { appendChunk } from '../src/store/chunks.js';
import { claimNextReply } from '../src/store/claims.js';
import {
  collect,
  eventually,
  gatedRouter,
  irisDatabase,
  replyRow,
  replyText,
  secondHandle,
  send,
  startIris,
  subscribeReply,
  userPrincipal,
  type IrisHarness,
} from './support.js';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await irisDatabase();
});

afterAll(async () => {
  await database.close();
});

describe('two iris instances on one database', () => {
  it('gives a subscriber on each instance the same chunks, whichever instance writes the reply', async () => {
    const gate = gatedRouter();
    const other = await secondHandle(database);
    const first = await startIris({ database, ai: gate });
    const second = await startIris({ database: other.handle, ai: gate });
    try {
      const user = userPrincipal('PREMIUM');
      const message = await send(first, user, { topic: 'STRATEGIE_CARRIERE', text: 'Comment construire un plan de carrière réaliste sur deux ans ?' });
      const onFirst = subscribeReply(first, message.conversationId, user);
      const onSecond = subscribeReply(second, message.conversationId, user);
      await first.pubsub.subscribedTo(replyTopic(message.conversationId), 1);
      await second.pubsub.subscribedTo(replyTopic(message.conversationId), 1);
      gate.open();
      const [a, b] = await Promise.all([collect(onFirst), collect(onSecond)]);
      expect(a.length).toBeGreaterThan(2);
      expect(a.at(-1)?.done).toBe(true);
      expect(b).toEqual(a);
      expect(replyText(b)).toBe((await replyRow(database, message.reply.id))?.text);
    } finally {
      await first.close();
      await second.close();
      await other.close();
      gate.close();
    }
  });
});

describe('lost notifications', () => {
  it('still delivers every chunk, in order, reading what the notifications missed from the database', async () => {
    let published = 0;
    const gate = gatedRouter();
    const harness = await startIris({
      database,
      ai: gate,
      idleCheckMs: 100,
      // Two chunks out of three never reach any subscriber, the final one included.
      wrapPubSub: (pubsub) => ({ ...pubsub, publish: async (topic, payload) => ((published += 1) % 3 === 0 ? pubsub.publish(topic, payload) : undefined), subscribe: (topic) => pubsub.subscribe(topic), close: () => pubsub.close() }),
    });
    try {
      const user = userPrincipal('PREMIUM');
      const message = await send(harness, user, { topic: 'CV', text: 'Comment mettre en avant des compétences transférables dans un CV ?' });
      const stream = subscribeReply(harness, message.conversationId, user);
      await harness.pubsub.subscribedTo(replyTopic(message.conversationId), 1);
      gate.open();
      const chunks = await collect(stream);
      expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i));
      expect(chunks.at(-1)?.done).toBe(true);
      expect(replyText(chunks)).toBe((await replyRow(database, message.reply.id))?.text);
      expect(published).toBeGreaterThan(chunks.length / 2);
    } finally {
      await harness.close();
      gate.close();
    }
  });
});

describe('durable replies', () => {
  it('takes over a reply a crashed worker left half-written, and tells subscribers it restarted', async () => {
    // The first instance only takes messages and serves subscriptions: its worker never runs.
    const front = await startIris({ database, workers: false, idleCheckMs: 200 });
    let back: IrisHarness | undefined;
    try {
      const user = userPrincipal('FREE');
      const message = await send(front, user, { text: 'Quelles aides existent pour financer une formation de reconversion ?' });
      // What a worker that crashed mid-reply leaves behind: a claim whose lease has run out, two chunks.
      const crashed = await claimNextReply(database.db, 'crashed-worker', -1000);
      expect(crashed?.id).toBe(message.reply.id);
      const claim = { messageId: message.reply.id, worker: 'crashed-worker', attempt: 1 };
      await appendChunk(database.db, claim, { seq: 0, delta: 'Texte abandonné ' });
      await appendChunk(database.db, claim, { seq: 1, delta: 'par le processus arrêté.' });

      const stream = subscribeReply(front, message.conversationId, user);
      const first = await stream.next();
      expect(first.value?.data?.irisReply).toMatchObject({ index: 0, delta: 'Texte abandonné ', restart: false });

      back = await startIris({ database, env: { IRIS_REPLY_LEASE_MS: '60000' } });
      const rest = await collect(stream);
      const restart = rest.findIndex((chunk) => chunk.restart);
      expect(restart).toBeGreaterThanOrEqual(0);
      expect(rest.slice(0, restart).map((c) => c.delta)).toEqual(['par le processus arrêté.']);
      expect(rest.map((c) => c.index)).toEqual(rest.map((_, i) => i + 1));
      expect(rest.at(-1)).toMatchObject({ done: true, failure: null });
      const stored = await replyRow(database, message.reply.id);
      expect(stored).toMatchObject({ status: 'completed', attempts: 2 });
      expect(replyText([first.value?.data?.irisReply as never, ...rest])).toBe(stored?.text);
      expect(stored?.text).not.toContain('abandonné');
    } finally {
      await front.close();
      await back?.close();
    }
  });

  it('closes its subscriptions and hands an unfinished reply back when an instance stops; another instance finishes it', async () => {
    const gate = gatedRouter();
    const stopping = await startIris({ database, ai: gate });
    const user = userPrincipal('PREMIUM');
    const message = await send(stopping, user, { text: 'Comment valoriser mon expérience de manager dans un nouveau secteur ?' });
    const interrupted = subscribeReply(stopping, message.conversationId, user);
    await stopping.pubsub.subscribedTo(replyTopic(message.conversationId), 1);
    await eventually(async () => (await replyRow(database, message.reply.id))?.status === 'streaming');
    await stopping.close();
    gate.close();
    await expect(interrupted.next()).rejects.toThrow(/closed with code 1001/);
    expect(await replyRow(database, message.reply.id)).toMatchObject({ status: 'pending', attempts: 0 });

    const next = await startIris({ database });
    try {
      const chunks = await collect(subscribeReply(next, message.conversationId, user));
      expect(chunks.at(-1)).toMatchObject({ done: true, failure: null });
      expect(await replyRow(database, message.reply.id)).toMatchObject({ status: 'completed', attempts: 1 });
    } finally {
      await next.close();
    }
  });

  it('ends the stream with a failed final chunk when the AI layer fails, and gives the quota unit back', async () => {
    const real = createAiRouter(parseAiConfig({}));
    const failing: AiRouter = {
      ...real,
      async *stream(): AsyncGenerator<RouterEvent> {
        yield { type: 'delta', text: 'Début de réponse ' };
        throw new Error('provider exploded');
      },
    };
    const harness = await startIris({ database, ai: failing });
    try {
      const user = userPrincipal('FREE');
      const message = await send(harness, user, { text: 'Quels métiers recrutent des profils en reconversion ?' });
      const chunks = await collect(subscribeReply(harness, message.conversationId, user));
      expect(chunks.at(-1)).toMatchObject({ done: true, failure: 'GENERATION_FAILED' });
      expect(await replyRow(database, message.reply.id)).toMatchObject({ status: 'failed', failure: 'GENERATION_FAILED' });
      const quota = await harness.iris.execute<{ _entities: { irisQuota: { used: number } }[] }>(
        'query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id, tier: FREE }]) { ... on User { irisQuota { used } } } }',
        { id: user.userId },
        user,
      );
      expect(quota.data?._entities[0]?.irisQuota.used).toBe(0);
    } finally {
      await harness.close();
      real.close();
    }
  });

  it('fails a reply that was interrupted too many times instead of trying forever', async () => {
    const front = await startIris({ database, workers: false });
    let back: IrisHarness | undefined;
    try {
      const user = userPrincipal('FREE');
      const message = await send(front, user, { text: 'Comment négocier mon salaire dans un nouveau métier ?' });
      for (let attempt = 1; attempt <= 3; attempt += 1) expect((await claimNextReply(database.db, `crashed-${attempt}`, -1000))?.id).toBe(message.reply.id);
      back = await startIris({ database });
      const chunks = await collect(subscribeReply(back, message.conversationId, user));
      expect(chunks).toEqual([expect.objectContaining({ index: 0, done: true, failure: 'TOO_MANY_ATTEMPTS' })]);
    } finally {
      await front.close();
      await back?.close();
    }
  });
});
