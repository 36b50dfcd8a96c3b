import type { AssistantInput } from '@phoenix/ai';

/** Earlier turns a reply reads at most: enough for a conversation, bounded for the prompt. */
export const MAX_HISTORY_TURNS = 20;

/** A stored message as the history needs it. */
export interface StoredTurn {
  role: 'user' | 'assistant';
  text: string | null;
  status: string;
  createdAt: Date;
}

/**
 * The turns a reply may read: completed messages sent at or after `cutoff` (the tier's
 * retention), oldest first (a question before its reply, which shares its instant), the newest `MAX_HISTORY_TURNS` of them. The history never starts
 * with an orphan reply whose question is no longer kept.
 */
export function retainedHistory(turns: readonly StoredTurn[], cutoff: Date): NonNullable<AssistantInput['history']> {
  const kept = turns
    .filter((t) => t.status === 'completed' && t.text && t.createdAt.getTime() >= cutoff.getTime())
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.role === b.role ? 0 : a.role === 'user' ? -1 : 1))
    .slice(-MAX_HISTORY_TURNS);
  while (kept[0]?.role === 'assistant') kept.shift();
  return kept.map((t) => ({ role: t.role, text: t.text ?? '' }));
}
