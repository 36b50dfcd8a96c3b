/** A message as the chat shows it. */
export interface ChatMessage {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  /** Assistant messages: still being written. */
  streaming: boolean;
  failed: boolean;
  /** The next chunk index expected (assistant messages). */
  nextIndex: number;
}

export interface ReplyChunk {
  messageId: string;
  index: number;
  delta: string;
  restart: boolean;
  done: boolean;
  failure?: string | null;
}

export type ChatAction =
  | { type: 'load'; messages: ChatMessage[] }
  | { type: 'sent'; message: { id: string; text: string }; replyId: string }
  | { type: 'chunk'; chunk: ReplyChunk }
  | { type: 'interrupted'; replyId: string };

/** The stored messages of a conversation, as the chat shows them. */
export function messagesFromHistory(
  history: readonly { id: string; role: 'USER' | 'ASSISTANT'; text?: string | null; status: string }[],
): ChatMessage[] {
  return history.map((message) => ({
    id: message.id,
    role: message.role === 'USER' ? 'user' : 'assistant',
    text: message.text ?? '',
    streaming: message.status === 'PENDING' || message.status === 'STREAMING',
    failed: message.status === 'FAILED',
    nextIndex: 0,
  }));
}

/**
 * The chat's messages as a reply streams in. Chunks are applied in `index` order exactly
 * once: a chunk already applied (a replay after reconnecting) is dropped, a `restart` chunk
 * clears the text written so far, the `done` chunk ends the reply (with `failure`, as failed).
 */
export function chatReducer(messages: readonly ChatMessage[], action: ChatAction): ChatMessage[] {
  switch (action.type) {
    case 'load':
      return action.messages;
    case 'sent':
      return [
        ...messages,
        { id: action.message.id, role: 'user', text: action.message.text, streaming: false, failed: false, nextIndex: 0 },
        { id: action.replyId, role: 'assistant', text: '', streaming: true, failed: false, nextIndex: 0 },
      ];
    case 'chunk': {
      const { chunk } = action;
      return messages.map((message) => {
        if (message.id !== chunk.messageId || !message.streaming || chunk.index < message.nextIndex) return message;
        const text = chunk.restart ? '' : message.text + chunk.delta;
        return { ...message, text, nextIndex: chunk.index + 1, streaming: !chunk.done, failed: chunk.done && Boolean(chunk.failure) };
      });
    }
    case 'interrupted':
      return messages.map((message) => (message.id === action.replyId && message.streaming ? { ...message, streaming: false, failed: true } : message));
  }
}

/** The assistant reply still being written, if any. */
export function streamingReply(messages: readonly ChatMessage[]): ChatMessage | undefined {
  return messages.find((message) => message.role === 'assistant' && message.streaming);
}
