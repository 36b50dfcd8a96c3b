import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { riseExportSchema } from '../src/export/schema.js';
import type { RiseSection } from '../src/export/rise-section.js';
import { schemaProblems } from '@phoenix/subgraph-server/testing';
import { LOG_MOOD, START_COACHING, startRise, userPrincipal, type RiseHarness } from './support.js';

let h: RiseHarness;
const user = userPrincipal();
let goalId = '';

const EXPORT = `query ($userId: ID!) { _entities(representations: [{ __typename: "DataExport", userId: $userId }]) { ... on DataExport { userId rise } } }`;
type Exported = { _entities: { userId: string; rise: RiseSection }[] };

// A user who used every part of Rise: two journal entries, a goal with a completed milestone, an action, a practice, a coaching session.
beforeAll(async () => {
  h = await startRise();
  const run = async <T>(operation: string, variables: Record<string, unknown> = {}, caller = user) => {
    const { data, errors } = await h.rise.execute<T>(operation, variables, caller);
    expect(errors).toBeUndefined();
    return data;
  };
  await run(LOG_MOOD, { input: { mood: 4, confidence: 5, notes: 'Premier rendez-vous au CIO.' } });
  h.clock.now = new Date('2026-03-31T18:00:00.000Z');
  await run(LOG_MOOD, { input: { mood: 7, confidence: 6 } });
  const goal = await run<{ setGoal: { id: string; milestones: { id: string }[] } }>(
    `mutation { setGoal(input: { title: "Passer le CAP pâtissier", targetDate: "2026-12-15", milestones: ["S'inscrire", "Réviser"] }) { id milestones { id } } }`,
  );
  goalId = goal?.setGoal.id ?? '';
  await run(`mutation ($id: ID!) { completeMilestone(milestoneId: $id) { id } }`, { id: goal?.setGoal.milestones[0]?.id });
  await run(`mutation ($goalId: ID) { planAction(input: { title: "Appeler le CFA", goalId: $goalId }) { id } }`, { goalId });
  await run(`mutation { logPracticeSession(input: { kind: BREATHING, durationSeconds: 240 }) { id } }`);
  await run(START_COACHING, { input: { message: 'Je doute de mon projet.' } });
  // Someone else's entry, which must not appear in the export.
  await run(LOG_MOOD, { input: { mood: 2, confidence: 2, notes: 'Pas le mien.' } }, userPrincipal());
});

afterAll(async () => {
  await h.close();
});

describe('DataExport.rise', () => {
  it('holds the user’s journal, goals with milestones, actions, practice, coaching and usage, as its JSON Schema describes', async () => {
    const { data, errors } = await h.rise.execute<Exported>(EXPORT, { userId: user.userId }, user);
    expect(errors).toBeUndefined();
    const section = data?._entities[0]?.rise;
    if (!section) throw new Error('no rise section');

    expect(schemaProblems(riseExportSchema, section)).toEqual([]);
    // The schema is closed at every level: a field it does not describe is an error.
    expect(schemaProblems(riseExportSchema, { ...section, goals: section.goals.map((goal) => ({ ...goal, userId: user.userId })) })).not.toEqual([]);
    expect(section.journalEntries.map((entry) => [entry.mood, entry.notes])).toEqual([
      [7, null],
      [4, 'Premier rendez-vous au CIO.'],
    ]);
    expect(section.goals.map((goal) => goal.id)).toEqual([goalId]);
    expect(section.goals[0]?.milestones.map((milestone) => [milestone.title, milestone.completedAt !== null])).toEqual([
      ["S'inscrire", true],
      ['Réviser', false],
    ]);
    expect(section.dailyActions.map((action) => [action.title, action.goalId])).toEqual([['Appeler le CFA', goalId]]);
    expect(section.practiceSessions.map((session) => [session.kind, session.durationSeconds])).toEqual([['BREATHING', 240]]);
    expect(section.coachingSessions.map((session) => [session.status, session.message])).toEqual([['COMPLETED', 'Je doute de mon projet.']]);
    expect(section.coachingSessions[0]?.reply).toEqual(expect.any(String));
    expect(section.coachingUsage).toEqual([{ period: '2026-03', sessions: 1 }]);
    expect(JSON.stringify(section)).not.toContain('Pas le mien');
  });

  it('is an empty section for a user who never used Rise, still valid against the schema', async () => {
    const newcomer = userPrincipal();
    const { data, errors } = await h.rise.execute<Exported>(EXPORT, { userId: newcomer.userId }, newcomer);
    expect(errors).toBeUndefined();
    const section = data?._entities[0]?.rise;
    expect(schemaProblems(riseExportSchema, section)).toEqual([]);
    expect(section).toEqual({ journalEntries: [], goals: [], dailyActions: [], practiceSessions: [], coachingSessions: [], coachingUsage: [] });
  });

  it('refuses another user’s export with FORBIDDEN, even to an administrator', async () => {
    for (const caller of [userPrincipal(), userPrincipal('FREE', ['admin'])]) {
      const { data, errors } = await h.rise.execute<Exported>(EXPORT, { userId: user.userId }, caller);
      expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(JSON.stringify(data ?? null)).not.toContain('CIO');
    }
  });
});
