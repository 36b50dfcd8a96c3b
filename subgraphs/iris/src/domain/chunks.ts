import type { ReplyFailure } from '../db/schema.js';

/** One chunk of a reply as subscribers receive it (stored first, then published). */
export interface ReplyChunk {
  conversationId: string;
  /** The reply being streamed. */
  messageId: string;
  /** The user's message it answers. */
  inReplyTo: string;
  /** The conversation's owner. */
  userId: string;
  /** 0, 1, 2… without gaps for one reply; subscribers drop what they already have. */
  seq: number;
  delta: string;
  /** Discard the text received so far: the reply starts over. */
  restart: boolean;
  done: boolean;
  /** Set on a final chunk when no reply could be written. */
  failure: ReplyFailure | null;
}

/** The pub/sub topic of a conversation's reply chunks. */
export function replyTopic(conversationId: string): string {
  return `iris.reply.${conversationId}`;
}
