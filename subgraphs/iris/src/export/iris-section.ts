import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import {
  analyticsConsents,
  aubeScores,
  conversations,
  crossAppConsents,
  dailyUsage,
  lettersGenerated,
  messages,
  moodEntries,
  replyAnalytics,
  userTiers,
  type MessageRow,
} from '../db/schema.js';

const iso = (at: Date) => at.toISOString();
const isoOrNull = (at: Date | null) => (at ? at.toISOString() : null);
const decision = (row: { granted: boolean; decidedAt: Date } | undefined) => (row ? { granted: row.granted, decidedAt: iso(row.decidedAt) } : null);

/**
 * Everything Iris holds about a user, for the right of access (its JSON Schema:
 * `irisExportSchema`): the conversations with every message's full text, the daily usage,
 * what Iris projected from the other apps (tier, consents, latest Aube score, letters, moods)
 * and the reply analytics kept under the user's pseudonymous hash (`userHash`). Newest first
 * throughout. Reply chunks are not listed: a completed reply's text is the sum of its chunks.
 */
export async function irisSection(db: Database, userId: string, userHash: string) {
  const [conversationRows, messageRows, usage, [tier], [crossApp], [analytics], [aube], letters, moods, replies] = await Promise.all([
    db.select().from(conversations).where(eq(conversations.userId, userId)).orderBy(desc(conversations.lastMessageAt), desc(conversations.id)),
    db.select().from(messages).where(eq(messages.userId, userId)).orderBy(desc(messages.createdAt), asc(messages.role), desc(messages.id)),
    db.select().from(dailyUsage).where(eq(dailyUsage.userId, userId)).orderBy(desc(dailyUsage.day)),
    db.select().from(userTiers).where(eq(userTiers.userId, userId)),
    db.select().from(crossAppConsents).where(eq(crossAppConsents.userId, userId)),
    db.select().from(analyticsConsents).where(eq(analyticsConsents.userId, userId)),
    db.select().from(aubeScores).where(eq(aubeScores.userId, userId)),
    db.select().from(lettersGenerated).where(eq(lettersGenerated.userId, userId)).orderBy(desc(lettersGenerated.generatedAt), desc(lettersGenerated.letterId)),
    db.select().from(moodEntries).where(eq(moodEntries.userId, userId)).orderBy(desc(moodEntries.loggedAt), desc(moodEntries.entryId)),
    db.select().from(replyAnalytics).where(eq(replyAnalytics.userHash, userHash)).orderBy(desc(replyAnalytics.recordedAt), desc(replyAnalytics.messageId)),
  ]);
  const byConversation = new Map<string, MessageRow[]>();
  for (const row of messageRows) {
    const list = byConversation.get(row.conversationId);
    if (list) list.push(row);
    else byConversation.set(row.conversationId, [row]);
  }
  return {
    conversations: conversationRows.map((row) => ({
      id: row.id,
      topic: row.topic,
      createdAt: iso(row.createdAt),
      lastMessageAt: iso(row.lastMessageAt),
      messages: (byConversation.get(row.id) ?? []).map(exportedMessage),
    })),
    dailyUsage: usage.map((row) => ({ day: row.day, messages: row.used })),
    tier: tier ? { tier: tier.tier, observedAt: iso(tier.observedAt) } : null,
    consents: { crossAppContext: decision(crossApp), analytics: decision(analytics) },
    aubeScore: aube
      ? { explorationId: aube.explorationId, romeCode: aube.romeCode, score: aube.score, evolutionType: aube.evolutionType, threatLevel: aube.threatLevel, scoredAt: iso(aube.scoredAt) }
      : null,
    letters: letters.map((row) => ({ letterId: row.letterId, tone: row.tone, wordCount: row.wordCount, generatedAt: iso(row.generatedAt) })),
    moods: moods.map((row) => ({ entryId: row.entryId, mood: row.mood, confidence: row.confidence, loggedAt: iso(row.loggedAt) })),
    replyAnalytics: replies.map((row) => ({
      messageId: row.messageId,
      topic: row.topic,
      tier: row.tier,
      status: row.status,
      messageLength: row.messageLength,
      replyLength: row.replyLength,
      chunkCount: row.chunkCount,
      historyTurns: row.historyTurns,
      usedCrossAppContext: row.usedCrossAppContext,
      attempts: row.attempts,
      firstChunkMs: row.firstChunkMs,
      latencyMs: row.latencyMs,
      recordedAt: iso(row.recordedAt),
    })),
  };
}

export type IrisSection = Awaited<ReturnType<typeof irisSection>>;

function exportedMessage(row: MessageRow) {
  return {
    id: row.id,
    role: row.role,
    topic: row.topic,
    text: row.text,
    status: row.status,
    failure: row.failure,
    inReplyTo: row.replyTo,
    completionId: row.completionId,
    tier: row.tier,
    createdAt: iso(row.createdAt),
    completedAt: isoOrNull(row.completedAt),
  };
}
