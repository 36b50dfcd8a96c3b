import { describe, expect, it } from '@jest/globals';
import { MAX_HISTORY_TURNS, retainedHistory, type StoredTurn } from '../../src/domain/history.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 4, 14, 8, minutes));
const turn = (role: StoredTurn['role'], text: string, minutes: number, status = 'completed'): StoredTurn => ({ role, text, status, createdAt: at(minutes) });

describe('retainedHistory', () => {
  it('keeps completed turns since the cutoff, oldest first, a question before its reply', () => {
    const turns = [turn('assistant', 'Réponse B', 20), turn('user', 'Question B', 20), turn('user', 'Question A', 10), turn('assistant', 'Réponse A', 10)];
    expect(retainedHistory(turns, at(0)).map((t) => t.text)).toEqual(['Question A', 'Réponse A', 'Question B', 'Réponse B']);
  });

  it('drops turns older than the cutoff, failed replies and a reply whose question is gone', () => {
    const turns = [turn('user', 'Ancienne', 5), turn('assistant', 'Réponse ancienne', 10), turn('user', 'Récente', 20), turn('assistant', null as unknown as string, 20, 'failed')];
    expect(retainedHistory(turns, at(8))).toEqual([{ role: 'user', text: 'Récente' }]);
  });

  it('keeps at most the newest turns a prompt can carry', () => {
    const turns = Array.from({ length: 30 }, (_, i) => turn(i % 2 === 0 ? 'user' : 'assistant', `Tour ${i}`, i));
    const kept = retainedHistory(turns, at(0));
    expect(kept).toHaveLength(MAX_HISTORY_TURNS);
    expect(kept.at(-1)?.text).toBe('Tour 29');
    expect(kept[0]?.role).toBe('user');
  });
});
