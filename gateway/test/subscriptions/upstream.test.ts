import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generatePemKeyPair } from '@phoenix/keys';
import { startSubscriptionHarness, waitFor, type SubscriptionHarness } from './support/harness.js';

let harness: SubscriptionHarness;

beforeAll(async () => {
  harness = await startSubscriptionHarness();
});

afterAll(async () => {
  await harness.stop();
});

const CHAT = 'subscription Chat($room: ID!) { messages(room: $room) { seq author { handle } } }';

describe('a subgraph that restarts under a subscription', () => {
  it('sends the client an error and completes the operation when the subgraph stays down, then serves a new subscription', async () => {
    const gateway = await harness.startGateway({ GATEWAY_WS_UPSTREAM_RETRIES: '2', GATEWAY_WS_UPSTREAM_RETRY_DELAY_MS: '20' });
    const client = await gateway.connect();
    client.subscribe('chat', CHAT, { room: 'down' });
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('down') === 1);
    harness.stream.rooms.publish('down', { seq: 1, text: 'avant', author: { id: 'u-1' } });
    expect(await client.next('chat')).toEqual({ id: 'chat', type: 'next', payload: { data: { messages: { seq: 1, author: { handle: 'handle-u-1' } } } } });

    await harness.stream.stop();
    expect(await client.untilDone('chat')).toEqual([
      { id: 'chat', type: 'next', payload: { data: null, errors: [{ message: 'The stream service is unavailable.', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] } },
      { id: 'chat', type: 'complete' },
    ]);
    expect(gateway.gateway.subscriptions.stats().subscriptions).toBe(0);

    await harness.stream.restart();
    client.subscribe('again', CHAT, { room: 'down' });
    await waitFor('the new subgraph subscription', () => harness.stream.rooms.listeners('down') === 1);
    harness.stream.rooms.publish('down', { seq: 2, text: 'après', author: { id: 'u-2' } });
    expect(await client.next('again')).toEqual({ id: 'again', type: 'next', payload: { data: { messages: { seq: 2, author: { handle: 'handle-u-2' } } } } });
    await client.close();
  });

  it('subscribes again on its own when the subgraph comes back within the retries', async () => {
    const gateway = await harness.startGateway({ GATEWAY_WS_UPSTREAM_RETRIES: '30', GATEWAY_WS_UPSTREAM_RETRY_DELAY_MS: '50' });
    const client = await gateway.connect();
    client.subscribe('chat', CHAT, { room: 'blip' });
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('blip') === 1);

    const opened = harness.stream.principals.length;
    await harness.stream.stop();
    await harness.stream.restart();
    await waitFor('the gateway to subscribe again', () => harness.stream.principals.length > opened && harness.stream.rooms.listeners('blip') === 1, 30_000);
    harness.stream.rooms.publish('blip', { seq: 3, text: 'revenu', author: { id: 'u-3' } });
    expect(await client.next('chat')).toEqual({ id: 'chat', type: 'next', payload: { data: { messages: { seq: 3, author: { handle: 'handle-u-3' } } } } });
    await client.close();
    await waitFor('the subgraph subscription to end', () => harness.stream.rooms.listeners('blip') === 0);
  });

  it('ends the operation with SUBGRAPH_UNAVAILABLE when the subgraph refuses the gateway context token', async () => {
    const strangerKeys = await generatePemKeyPair();
    const stranger = await harness.startGateway({
      CONTEXT_TOKEN_PRIVATE_KEY: strangerKeys.privateKeyPem,
      CONTEXT_TOKEN_PUBLIC_KEY: strangerKeys.publicKeyPem,
      GATEWAY_WS_UPSTREAM_RETRIES: '1',
      GATEWAY_WS_UPSTREAM_RETRY_DELAY_MS: '20',
    });
    const client = await stranger.connect();
    client.subscribe('count', 'subscription { countdown(from: 2) { n } }');
    const messages = await client.untilDone('count');
    expect(messages.map((message) => message.type)).toEqual(['next', 'complete']);
    expect(messages[0]?.payload).toEqual({ data: null, errors: [expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } })] });
    await client.close();
  });
});
