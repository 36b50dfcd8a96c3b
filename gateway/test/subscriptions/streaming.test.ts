import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSubscriptionHarness, waitFor, type RunningGateway, type SubscriptionHarness } from './support/harness.js';

let harness: SubscriptionHarness;
let gateway: RunningGateway;

beforeAll(async () => {
  harness = await startSubscriptionHarness();
  gateway = await harness.startGateway();
});

afterAll(async () => {
  await harness.stop();
});

describe('a subscription through the gateway', () => {
  it('streams the subgraph events in order, then completes when the subgraph completes', async () => {
    const client = await gateway.connect();
    client.subscribe('countdown', 'subscription { countdown(from: 3) { n } }');
    const messages = await client.untilDone('countdown');
    expect(messages).toEqual([
      { id: 'countdown', type: 'next', payload: { data: { countdown: { n: 3 } } } },
      { id: 'countdown', type: 'next', payload: { data: { countdown: { n: 2 } } } },
      { id: 'countdown', type: 'next', payload: { data: { countdown: { n: 1 } } } },
      { id: 'countdown', type: 'complete' },
    ]);
    await client.close();
  });

  it('resolves, for every event, the fields another subgraph owns', async () => {
    const token = await harness.tokenFor('FREE', { sub: 'user-reader' });
    const client = await gateway.connect({ authorization: `Bearer ${token}` });
    client.subscribe('chat', 'subscription Chat($room: ID!) { messages(room: $room) { seq text author { id handle } } }', { room: 'lobby' });
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('lobby') === 1);

    harness.stream.rooms.publish('lobby', { seq: 1, text: 'Bonjour', author: { id: 'u-ada' } });
    harness.stream.rooms.publish('lobby', { seq: 2, text: 'Salut', author: { id: 'u-bob' } });
    expect(await client.next('chat')).toEqual({ id: 'chat', type: 'next', payload: { data: { messages: { seq: 1, text: 'Bonjour', author: { id: 'u-ada', handle: 'handle-u-ada' } } } } });
    expect(await client.next('chat')).toEqual({ id: 'chat', type: 'next', payload: { data: { messages: { seq: 2, text: 'Salut', author: { id: 'u-bob', handle: 'handle-u-bob' } } } } });
    await client.close();
  });

  it('subscribes on the subgraph as the caller, through a context token for that subgraph', async () => {
    const token = await harness.tokenFor('PREMIUM', { sub: 'user-token' });
    const client = await gateway.connect({ authorization: `Bearer ${token}` });
    harness.stream.principals.length = 0;
    client.subscribe('mine', 'subscription { messages(room: "token-room") { seq } }');
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('token-room') === 1);
    expect(harness.stream.principals).toEqual([expect.objectContaining({ kind: 'user', userId: 'user-token', tier: 'PREMIUM' })]);
    await client.close();
  });

  it('completes the subgraph subscription when the client completes, and frees its slot', async () => {
    const client = await gateway.connect();
    client.subscribe('leaving', 'subscription { messages(room: "leaving") { seq } }');
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('leaving') === 1);
    expect(gateway.gateway.subscriptions.stats().subscriptions).toBeGreaterThanOrEqual(1);

    client.complete('leaving');
    await waitFor('the subgraph subscription to end', () => harness.stream.rooms.listeners('leaving') === 0);
    await waitFor('the gateway to free the slot', () => gateway.gateway.subscriptions.stats().subscriptions === 0);
    await client.close();
  });

  it('ends the subgraph subscriptions of a client that disconnects', async () => {
    const client = await gateway.connect();
    client.subscribe('a', 'subscription { messages(room: "gone") { seq } }');
    client.subscribe('b', 'subscription { messages(room: "gone") { text } }');
    await waitFor('both subgraph subscriptions', () => harness.stream.rooms.listeners('gone') === 2);
    await client.close();
    await waitFor('the subgraph subscriptions to end', () => harness.stream.rooms.listeners('gone') === 0);
  });
});

describe('authorization of a subscription', () => {
  it('refuses an anonymous client a subscription that needs a signed-in user, before reaching the subgraph', async () => {
    const client = await gateway.connect();
    client.subscribe('private', 'subscription { privateMessages(room: "vip") { seq } }');
    const errors = await client.refusal('private');
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED', paths: [['privateMessages']] }) })]);
    expect(harness.stream.rooms.listeners('vip')).toBe(0);

    const token = await harness.tokenFor('FREE', { sub: 'user-vip' });
    const signedIn = await gateway.connect({ authorization: `Bearer ${token}` });
    signedIn.subscribe('private', 'subscription { privateMessages(room: "vip") { seq } }');
    await waitFor('the signed-in subscription', () => harness.stream.rooms.listeners('vip') === 1);
    harness.stream.rooms.publish('vip', { seq: 7, text: 'psst', author: { id: 'u-1' } });
    expect(await signedIn.next('private')).toEqual({ id: 'private', type: 'next', payload: { data: { privateMessages: { seq: 7 } } } });
    await Promise.all([client.close(), signedIn.close()]);
  });

  it('refuses a field of another subgraph the caller may not read', async () => {
    const client = await gateway.connect();
    client.subscribe('email', 'subscription { messages(room: "mail") { author { email } } }');
    const errors = await client.refusal('email');
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED', paths: [['messages', 'author', 'email']] }) })]);
    await client.close();
  });

  it('refuses a scope the caller lacks with FORBIDDEN', async () => {
    const token = await harness.tokenFor('FREE', { sub: 'user-free' });
    const client = await gateway.connect({ authorization: `Bearer ${token}` });
    client.subscribe('premium', 'subscription { premiumMessages(room: "gold") { seq } }');
    const errors = await client.refusal('premium');
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', paths: [['premiumMessages']] }) })]);
    await client.close();
  });
});
