import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { replyTopic } from '../src/domain/chunks.js';
import { collect, eventually, gatedRouter, replyRow, replyText, send, startIris, subscribeReply, userPrincipal, type Chunk, type IrisHarness } from './support.js';

let harness: IrisHarness;

beforeAll(async () => {
  harness = await startIris();
});

afterAll(async () => {
  await harness.close();
});

function expectWholeReply(chunks: Chunk[], messageId: string): void {
  expect(chunks.length).toBeGreaterThan(2);
  expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i));
  expect(chunks.every((c) => c.messageId === messageId)).toBe(true);
  expect(chunks.slice(0, -1).every((c) => !c.done && c.delta.length > 0)).toBe(true);
  expect(chunks.at(-1)).toMatchObject({ done: true, delta: '', failure: null });
}

describe('Subscription.irisReply', () => {
  it('streams the reply to a message sent just before, chunk by chunk in order, then completes', async () => {
    const user = userPrincipal('PREMIUM');
    const message = await send(harness, user, { text: 'Comment préparer ma reconversion vers le métier de développeur web après quinze ans en comptabilité ?' });
    expect(message).toMatchObject({ role: 'USER', status: 'COMPLETED', topic: { key: 'RECONVERSION', label: 'Reconversion' } });
    expect(message.reply.status).toMatch(/PENDING|STREAMING|COMPLETED/);

    const chunks = await collect(subscribeReply(harness, message.conversationId, user));

    expectWholeReply(chunks, message.reply.id);
    expect(chunks[0]).toMatchObject({ conversationId: message.conversationId, inReplyTo: message.id, user: { id: user.userId } });
    const stored = await replyRow(harness.database, message.reply.id);
    expect(stored).toMatchObject({ status: 'completed', attempts: 1 });
    expect(replyText(chunks)).toBe(stored?.text);
    expect(stored?.delivered_at).not.toBeNull();
  });

  it('replays a reply finished before anyone subscribed, then waits for the next reply once it was delivered', async () => {
    const user = userPrincipal('PREMIUM');
    const first = await send(harness, user, { topic: 'ENTRETIEN', text: 'Quelles questions pose-t-on en entretien à une personne en reconversion ?' });
    await eventually(async () => (await replyRow(harness.database, first.reply.id))?.status === 'completed');

    const late = await collect(subscribeReply(harness, first.conversationId, user));
    expectWholeReply(late, first.reply.id);
    expect(replyText(late)).toBe((await replyRow(harness.database, first.reply.id))?.text);

    // The first reply is delivered: a new subscriber follows the next one.
    const next = subscribeReply(harness, first.conversationId, user);
    await harness.pubsub.subscribedTo(replyTopic(first.conversationId), 2);
    const second = await send(harness, user, { conversationId: first.conversationId, topic: 'ENTRETIEN', text: 'Et comment parler de mon âge sans me dévaloriser ?' });
    const chunks = await collect(next);
    expectWholeReply(chunks, second.reply.id);
  });

  it('gives each of two subscribers the same chunks', async () => {
    const gate = gatedRouter();
    const gated = await startIris({ ai: gate });
    try {
      const user = userPrincipal('FREE');
      const message = await send(gated, user, { topic: 'CV', text: 'Comment présenter une reconversion dans mon CV ?' });
      const a = subscribeReply(gated, message.conversationId, user);
      const b = subscribeReply(gated, message.conversationId, user);
      await gated.pubsub.subscribedTo(replyTopic(message.conversationId), 2);
      gate.open();
      const [chunksA, chunksB] = await Promise.all([collect(a), collect(b)]);
      expectWholeReply(chunksA, message.reply.id);
      expect(chunksB).toEqual(chunksA);
    } finally {
      await gated.close();
      gate.close();
    }
  });
});

describe('the conversation', () => {
  it('keeps the question and the reply in order, the reply’s text once complete', async () => {
    const user = userPrincipal('PREMIUM');
    const message = await send(harness, user, { topic: 'LETTRE_MOTIVATION', text: 'Comment expliquer ma reconversion dans une lettre de motivation ?' });
    await collect(subscribeReply(harness, message.conversationId, user));
    const { data } = await harness.iris.execute<{ irisConversation: { topic: { key: string }; messages: { id: string; role: string; text: string; status: string; inReplyTo: string | null; completionId: string | null }[] } }>(
      'query ($id: ID!) { irisConversation(id: $id) { topic { key } messages { id role text status inReplyTo completionId } } }',
      { id: message.conversationId },
      user,
    );
    expect(data?.irisConversation.topic.key).toBe('LETTRE_MOTIVATION');
    const [question, reply] = data?.irisConversation.messages ?? [];
    expect(question).toMatchObject({ id: message.id, role: 'USER', status: 'COMPLETED', inReplyTo: null });
    expect(reply).toMatchObject({ id: message.reply.id, role: 'ASSISTANT', status: 'COMPLETED', inReplyTo: message.id });
    expect(reply?.text?.length).toBeGreaterThan(50);
    expect(reply?.completionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a second message while Iris is still answering in the conversation', async () => {
    const gate = gatedRouter();
    const gated = await startIris({ ai: gate });
    try {
      const user = userPrincipal('PREMIUM');
      const message = await send(gated, user, { text: 'Par où commencer ma reconversion ?' });
      const again = await gated.iris.execute(
        'mutation ($input: SendIrisMessageInput!) { sendIrisMessage(input: $input) { id } }',
        { input: { conversationId: message.conversationId, topic: 'RECONVERSION', text: 'Et ensuite ?' } },
        user,
      );
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REPLY_IN_PROGRESS' });
      gate.open();
      await collect(subscribeReply(gated, message.conversationId, user));
      await send(gated, user, { conversationId: message.conversationId, text: 'Et ensuite ?' });
    } finally {
      await gated.close();
      gate.close();
    }
  });

  it('lists the user’s conversations, most recent first, and Iris’s topics', async () => {
    const user = userPrincipal('PREMIUM');
    const older = await send(harness, user, { topic: 'CV', text: 'Mon CV est-il trop long ?' });
    harness.clock.now = new Date(harness.clock.now.getTime() + 60_000);
    const newer = await send(harness, user, { topic: 'ENTRETIEN', text: 'Comment me présenter en deux minutes ?' });
    const { data } = await harness.iris.execute<{ _entities: { conversations: { id: string; topic: { key: string } }[] }[]; irisTopics: { key: string; label: string }[] }>(
      'query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { conversations(first: 5) { id topic { key } } } } irisTopics { key label } }',
      { id: user.userId },
      user,
    );
    expect(data?._entities[0]?.conversations.map((c) => c.id)).toEqual([newer.conversationId, older.conversationId]);
    expect(data?.irisTopics).toEqual([
      { key: 'RECONVERSION', label: 'Reconversion' },
      { key: 'CV', label: 'CV' },
      { key: 'LETTRE_MOTIVATION', label: 'Lettre de motivation' },
      { key: 'ENTRETIEN', label: 'Entretien' },
      { key: 'STRATEGIE_CARRIERE', label: 'Stratégie de carrière' },
    ]);
  });
});
