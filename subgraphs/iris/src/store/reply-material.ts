import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { messages, type MessageRow } from '../db/schema.js';
import { assistantContext, type IrisAssistantContext } from '../domain/cross-app.js';
import { MAX_HISTORY_TURNS, retainedHistory } from '../domain/history.js';
import { historyCutoff } from '../domain/quota.js';
import { crossAppMaterial, hasCrossAppConsent } from './projections.js';

/** What a reply is written from. */
export interface ReplyMaterial {
  question: MessageRow;
  history: { role: 'user' | 'assistant'; text: string }[];
  /** Present only while the user grants `cross_app_context`. */
  context: IrisAssistantContext | undefined;
}

/**
 * The question a reply answers, the conversation's earlier turns within the sender's
 * retention (their tier when they sent it), and the other apps' context when the consent is
 * granted now. Undefined when the question is gone (erased or pruned).
 */
export async function replyMaterial(db: Database, reply: MessageRow, now: Date): Promise<ReplyMaterial | undefined> {
  if (!reply.replyTo) return undefined;
  const [question] = await db.select().from(messages).where(eq(messages.id, reply.replyTo));
  if (!question?.text) return undefined;
  const cutoff = historyCutoff(reply.tier, now);
  const earlier = await db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, reply.conversationId), lt(messages.createdAt, question.createdAt), gte(messages.createdAt, cutoff)))
    .orderBy(desc(messages.createdAt))
    .limit(MAX_HISTORY_TURNS + 1);
  const context = (await hasCrossAppConsent(db, reply.userId)) ? assistantContext(await crossAppMaterial(db, reply.userId, now), now) : undefined;
  return { question, history: retainedHistory(earlier, cutoff), context };
}
