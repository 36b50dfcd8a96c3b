import { describe, expect, it } from '@jest/globals';
import { chatReducer, messagesFromHistory, streamingReply, type ChatMessage, type ReplyChunk } from '../src/iris/conversation';

const sent = chatReducer([], { type: 'sent', message: { id: 'm1', text: 'Bonjour Iris' }, replyId: 'r1' });
const chunk = (index: number, delta: string, extra: Partial<ReplyChunk> = {}): ReplyChunk => ({ messageId: 'r1', index, delta, restart: false, done: false, ...extra });
const apply = (messages: ChatMessage[], ...chunks: ReplyChunk[]) => chunks.reduce((state, next) => chatReducer(state, { type: 'chunk', chunk: next }), messages);
const reply = (messages: ChatMessage[]) => messages.find((message) => message.id === 'r1');

describe('the Iris chat as a reply streams in', () => {
  it('shows the message sent and an empty reply being written', () => {
    expect(sent.map(({ role, text, streaming }) => ({ role, text, streaming }))).toEqual([
      { role: 'user', text: 'Bonjour Iris', streaming: false },
      { role: 'assistant', text: '', streaming: true },
    ]);
    expect(streamingReply(sent)?.id).toBe('r1');
  });

  it('appends chunks in order and ends with the final one', () => {
    const done = apply(sent, chunk(0, 'Bonjour, '), chunk(1, 'parlons de '), chunk(2, 'votre projet.'), chunk(3, '', { done: true }));
    expect(reply(done)).toMatchObject({ text: 'Bonjour, parlons de votre projet.', streaming: false, failed: false });
    expect(streamingReply(done)).toBeUndefined();
  });

  it('drops chunks replayed after a reconnection', () => {
    const replayed = apply(sent, chunk(0, 'Un '), chunk(1, 'deux '), chunk(0, 'Un '), chunk(1, 'deux '), chunk(2, 'trois'));
    expect(reply(replayed)?.text).toBe('Un deux trois');
  });

  it('starts the text over on a restart chunk', () => {
    const restarted = apply(sent, chunk(0, 'Première version'), chunk(1, '', { restart: true }), chunk(2, 'Seconde version'));
    expect(reply(restarted)?.text).toBe('Seconde version');
  });

  it('marks the reply failed when the final chunk carries a failure, or the stream breaks', () => {
    expect(reply(apply(sent, chunk(0, '', { done: true, failure: 'GENERATION_FAILED' })))).toMatchObject({ failed: true, streaming: false });
    expect(reply(chatReducer(sent, { type: 'interrupted', replyId: 'r1' }))).toMatchObject({ failed: true, streaming: false });
  });

  it('ignores chunks of another reply, and chunks after the end', () => {
    const done = apply(sent, chunk(0, 'Fin.', { done: true }));
    expect(apply(done, chunk(1, ' encore'), { ...chunk(0, 'autre'), messageId: 'r2' })).toEqual(done);
  });

  it('resumes a stored conversation, following a reply still being written', () => {
    const history = messagesFromHistory([
      { id: 'a', role: 'USER', text: 'Question', status: 'COMPLETED' },
      { id: 'b', role: 'ASSISTANT', text: null, status: 'STREAMING' },
    ]);
    expect(history.map(({ role, text, streaming }) => ({ role, text, streaming }))).toEqual([
      { role: 'user', text: 'Question', streaming: false },
      { role: 'assistant', text: '', streaming: true },
    ]);
    expect(streamingReply(history)?.id).toBe('b');
  });
});
