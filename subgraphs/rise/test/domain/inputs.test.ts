import { describe, expect, it } from '@jest/globals';
import type { GraphQLError } from 'graphql';
import { pageSize, parseActionInput, parseCoachingInput, parseGoalInput, parseMoodInput, parsePracticeDuration, requireUuid } from '../../src/domain/inputs.js';

function refusal(run: () => unknown): Record<string, unknown> | undefined {
  try {
    run();
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
  return undefined;
}

const TODAY = '2026-03-31';

describe('journal input', () => {
  it('keeps the scores and trimmed notes, and turns blank notes into none', () => {
    expect(parseMoodInput({ mood: 7, confidence: 4, notes: '  Bonne journée.\r\n' })).toEqual({ mood: 7, confidence: 4, notes: 'Bonne journée.' });
    expect(parseMoodInput({ mood: 1, confidence: 10, notes: '   ' }).notes).toBeNull();
  });

  it.each([
    [{ mood: 0, confidence: 5 }, 'mood'],
    [{ mood: 11, confidence: 5 }, 'mood'],
    [{ mood: 5.5, confidence: 5 }, 'mood'],
    [{ mood: 5, confidence: 0 }, 'confidence'],
  ])('refuses %j, naming %s', (input, field) => {
    expect(refusal(() => parseMoodInput(input))).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });

  it('accepts 5,000 characters of notes, counted as people count them, and refuses one more', () => {
    expect(parseMoodInput({ mood: 5, confidence: 5, notes: 'é'.repeat(5000) }).notes).toHaveLength(5000);
    expect(parseMoodInput({ mood: 5, confidence: 5, notes: '🙂'.repeat(5000) }).notes).toBeTruthy();
    expect(refusal(() => parseMoodInput({ mood: 5, confidence: 5, notes: 'a'.repeat(5001) }))).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'notes' }));
  });
});

describe('goal input', () => {
  it('keeps the title, date and milestones in order', () => {
    expect(parseGoalInput({ title: ' Devenir data analyst ', targetDate: '2026-09-30', milestones: ['Formation SQL', 'Premier projet'] }, TODAY)).toEqual({
      title: 'Devenir data analyst',
      targetDate: '2026-09-30',
      milestones: ['Formation SQL', 'Premier projet'],
    });
  });

  it.each([
    ['an empty title', { title: '', targetDate: '2026-09-30' }, 'title'],
    ['a title of 201 characters', { title: 'x'.repeat(201), targetDate: '2026-09-30' }, 'title'],
    ['a date that does not exist', { title: 'Objectif', targetDate: '2026-02-30' }, 'targetDate'],
    ['a date in the past', { title: 'Objectif', targetDate: '2026-03-30' }, 'targetDate'],
    ['a date more than ten years ahead', { title: 'Objectif', targetDate: '2040-01-01' }, 'targetDate'],
    ['21 milestones', { title: 'Objectif', targetDate: '2026-09-30', milestones: Array.from({ length: 21 }, () => 'étape') }, 'milestones'],
    ['a blank milestone', { title: 'Objectif', targetDate: '2026-09-30', milestones: ['  '] }, 'milestones'],
  ])('refuses %s, naming the field', (_case, input, field) => {
    expect(refusal(() => parseGoalInput(input, TODAY))).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });
});

describe('action, practice and coaching input', () => {
  it('plans an action for today by default, and refuses a day in the past or too far ahead', () => {
    expect(parseActionInput({ title: 'Appeler Claire' }, TODAY)).toEqual({ title: 'Appeler Claire', day: TODAY, goalId: null });
    expect(refusal(() => parseActionInput({ title: 'Appeler Claire', day: '2026-03-30' }, TODAY))).toEqual(expect.objectContaining({ field: 'day' }));
    expect(refusal(() => parseActionInput({ title: 'Appeler Claire', day: '2026-05-01' }, TODAY))).toEqual(expect.objectContaining({ field: 'day' }));
    expect(refusal(() => parseActionInput({ title: 'Appeler Claire', goalId: 'goal-1' }, TODAY))).toEqual(expect.objectContaining({ field: 'goalId' }));
  });

  it('accepts practice sessions from 10 seconds to 3 hours', () => {
    expect(parsePracticeDuration(10)).toBe(10);
    expect(parsePracticeDuration(10_800)).toBe(10_800);
    expect(refusal(() => parsePracticeDuration(9))).toEqual(expect.objectContaining({ field: 'durationSeconds' }));
    expect(refusal(() => parsePracticeDuration(10_801))).toEqual(expect.objectContaining({ field: 'durationSeconds' }));
  });

  it('takes an optional message of at most 2,000 characters and an optional target occupation', () => {
    expect(parseCoachingInput(undefined)).toEqual({ message: undefined, targetOccupation: undefined });
    expect(parseCoachingInput({ message: 'Je doute.', context: { targetOccupation: 'Data analyst' } })).toEqual({ message: 'Je doute.', targetOccupation: 'Data analyst' });
    expect(refusal(() => parseCoachingInput({ message: 'a'.repeat(2001) }))).toEqual(expect.objectContaining({ field: 'message' }));
    expect(refusal(() => parseCoachingInput({ context: { targetOccupation: 'a'.repeat(121) } }))).toEqual(expect.objectContaining({ field: 'targetOccupation' }));
  });

  it('checks ids and page sizes', () => {
    expect(requireUuid('0B5E3A6C-1D2E-4F3A-8B9C-0D1E2F3A4B5C', 'id')).toBe('0b5e3a6c-1d2e-4f3a-8b9c-0d1e2f3a4b5c');
    expect(refusal(() => requireUuid('42', 'actionId'))).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'actionId' }));
    expect(pageSize(undefined, 30, 100)).toBe(30);
    expect(refusal(() => pageSize(101, 30, 100))).toEqual(expect.objectContaining({ field: 'first' }));
  });
});
