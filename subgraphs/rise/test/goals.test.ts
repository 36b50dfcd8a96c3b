import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startRise, userPrincipal, userQuery, type RiseHarness } from './support.js';

// Still 31 March in UTC, but 00:30 on 1 April in Paris: the user's "today" is Paris's.
const NOW = new Date('2026-03-31T22:30:00.000Z');

let h: RiseHarness;

beforeAll(async () => {
  h = await startRise({ start: NOW });
});

afterAll(async () => {
  await h.close();
});

interface Goal {
  id: string;
  title: string;
  targetDate: string;
  progress: number;
  completedAt: string | null;
  milestones: { id: string; title: string; position: number; done: boolean }[];
}

const SET_GOAL = `mutation ($input: SetGoalInput!) { setGoal(input: $input) { id title targetDate progress completedAt milestones { id title position done } } }`;
const COMPLETE_MILESTONE = `mutation ($id: ID!) { completeMilestone(milestoneId: $id) { id progress completedAt milestones { done completedAt } } }`;
const PLAN_ACTION = `mutation ($input: PlanActionInput!) { planAction(input: $input) { id title day done goal { id title } } }`;
const COMPLETE_ACTION = `mutation ($id: ID!) { completeAction(actionId: $id) { id done completedAt } }`;
const LOG_PRACTICE = `mutation ($input: LogPracticeSessionInput!) { logPracticeSession(input: $input) { id kind durationSeconds createdAt } }`;

async function setGoal(user: ReturnType<typeof userPrincipal>, milestones = ['Suivre la formation SQL', 'Réaliser un projet de portfolio']) {
  const { data, errors } = await h.rise.execute<{ setGoal: Goal }>(SET_GOAL, { input: { title: 'Devenir data analyst', targetDate: '2026-09-30', milestones } }, user);
  expect(errors).toBeUndefined();
  return data?.setGoal as Goal;
}

describe('goals and milestones', () => {
  it('sets a goal with its milestones in order and publishes rise.goal_set without titles', async () => {
    const user = userPrincipal();
    const goal = await setGoal(user);
    expect(goal).toMatchObject({ title: 'Devenir data analyst', targetDate: '2026-09-30', progress: 0, completedAt: null });
    expect(goal.milestones.map((m) => [m.position, m.title, m.done])).toEqual([
      [0, 'Suivre la formation SQL', false],
      [1, 'Réaliser un projet de portfolio', false],
    ]);
    const events = await h.events('rise.goal_set', user.userId);
    expect(events.map((e) => e.payload)).toEqual([{ userId: user.userId, goalId: goal.id, milestoneCount: 2, targetDate: '2026-09-30' }]);
  });

  it('completes milestones one by one and the goal with the last one; completing again changes nothing', async () => {
    const user = userPrincipal();
    const goal = await setGoal(user);
    const [first, second] = goal.milestones;
    const half = await h.rise.execute<{ completeMilestone: Goal }>(COMPLETE_MILESTONE, { id: first?.id }, user);
    expect(half.data?.completeMilestone).toMatchObject({ progress: 0.5, completedAt: null });
    const done = await h.rise.execute<{ completeMilestone: Goal }>(COMPLETE_MILESTONE, { id: second?.id }, user);
    expect(done.data?.completeMilestone).toMatchObject({ progress: 1, completedAt: NOW.toISOString() });
    h.clock.now = new Date(NOW.getTime() + 60_000);
    const again = await h.rise.execute<{ completeMilestone: { completedAt: string; milestones: { completedAt: string }[] } }>(COMPLETE_MILESTONE, { id: first?.id }, user);
    h.clock.now = NOW;
    expect(again.data?.completeMilestone.completedAt).toBe(NOW.toISOString());
    expect(again.data?.completeMilestone.milestones.map((m) => m.completedAt)).toEqual([NOW.toISOString(), NOW.toISOString()]);
  });

  it('hides completed goals on request', async () => {
    const user = userPrincipal();
    const done = await setGoal(user, ['Une étape']);
    await h.rise.execute(COMPLETE_MILESTONE, { id: done.milestones[0]?.id }, user);
    h.clock.now = new Date(NOW.getTime() + 60_000);
    const open = await setGoal(user);
    h.clock.now = NOW;
    const { data } = await h.rise.execute<{ _entities: { all: { id: string }[]; open: { id: string }[] }[] }>(
      userQuery('all: goals { id } open: goals(includeCompleted: false) { id }'),
      { id: user.userId },
      user,
    );
    expect(data?._entities[0]?.all.map((g) => g.id)).toEqual([open.id, done.id]);
    expect(data?._entities[0]?.open.map((g) => g.id)).toEqual([open.id]);
  });

  it('answers NOT_FOUND for another user’s milestone and BAD_USER_INPUT for an id that is not one, changing nothing', async () => {
    const owner = userPrincipal();
    const goal = await setGoal(owner);
    const intruder = await h.rise.execute(COMPLETE_MILESTONE, { id: goal.milestones[0]?.id }, userPrincipal());
    expect(intruder.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const malformed = await h.rise.execute(COMPLETE_MILESTONE, { id: 'milestone-1' }, owner);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'milestoneId' });
    const { data } = await h.rise.execute<{ _entities: { goals: Goal[] }[] }>(userQuery('goals { progress }'), { id: owner.userId }, owner);
    expect(data?._entities[0]?.goals[0]?.progress).toBe(0);
  });

  it('refuses a target date before the user’s local today, and writes nothing', async () => {
    const user = userPrincipal();
    const { errors } = await h.rise.execute(SET_GOAL, { input: { title: 'Trop tard', targetDate: '2026-03-31' } }, user);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetDate' });
    expect(await h.rowsOf(user.userId)).toMatchObject({ goals: 0, milestones: 0 });
    expect(await h.events('rise.goal_set', user.userId)).toEqual([]);
  });
});

describe('daily actions', () => {
  it('plans an action for the user’s local today, linked to a goal, and completes it once', async () => {
    const user = userPrincipal();
    const goal = await setGoal(user);
    const planned = await h.rise.execute<{ planAction: { id: string; day: string; done: boolean; goal: { id: string } } }>(
      PLAN_ACTION,
      { input: { title: 'Envoyer un message à une ancienne collègue', goalId: goal.id } },
      user,
    );
    expect(planned.data?.planAction).toMatchObject({ day: '2026-04-01', done: false, goal: { id: goal.id } });
    const id = planned.data?.planAction.id;
    const first = await h.rise.execute<{ completeAction: { done: boolean; completedAt: string } }>(COMPLETE_ACTION, { id }, user);
    h.clock.now = new Date(NOW.getTime() + 60_000);
    const second = await h.rise.execute<{ completeAction: { completedAt: string } }>(COMPLETE_ACTION, { id }, user);
    h.clock.now = NOW;
    expect(first.data?.completeAction).toMatchObject({ done: true, completedAt: NOW.toISOString() });
    expect(second.data?.completeAction.completedAt).toBe(NOW.toISOString());

    const { data } = await h.rise.execute<{ _entities: { today: { id: string }[]; other: unknown[] }[] }>(
      userQuery('today: dailyActions { id } other: dailyActions(day: "2026-04-02") { id }'),
      { id: user.userId },
      user,
    );
    expect(data?._entities[0]).toEqual({ today: [{ id }], other: [] });
  });

  it('answers NOT_FOUND for a goal or an action of someone else, and stores nothing', async () => {
    const owner = userPrincipal();
    const goal = await setGoal(owner);
    const other = userPrincipal();
    const linked = await h.rise.execute(PLAN_ACTION, { input: { title: 'Relire mon CV', goalId: goal.id } }, other);
    expect(linked.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await h.rowsOf(other.userId)).daily_actions).toBe(0);
    const completed = await h.rise.execute(COMPLETE_ACTION, { id: randomUUID() }, owner);
    expect(completed.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('breathing and meditation', () => {
  it('records sessions with their duration and lists them newest first', async () => {
    const user = userPrincipal();
    await h.rise.execute(LOG_PRACTICE, { input: { kind: 'BREATHING', durationSeconds: 180 } }, user);
    h.clock.now = new Date(NOW.getTime() + 60_000);
    await h.rise.execute(LOG_PRACTICE, { input: { kind: 'MEDITATION', durationSeconds: 600 } }, user);
    h.clock.now = NOW;
    const { data } = await h.rise.execute<{ _entities: { practiceSessions: { kind: string; durationSeconds: number }[] }[] }>(
      userQuery('practiceSessions(first: 5) { kind durationSeconds }'),
      { id: user.userId },
      user,
    );
    expect(data?._entities[0]?.practiceSessions).toEqual([
      { kind: 'MEDITATION', durationSeconds: 600 },
      { kind: 'BREATHING', durationSeconds: 180 },
    ]);
  });

  it('refuses a duration under 10 seconds', async () => {
    const user = userPrincipal();
    const { errors } = await h.rise.execute(LOG_PRACTICE, { input: { kind: 'BREATHING', durationSeconds: 5 } }, user);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationSeconds' });
    expect((await h.rowsOf(user.userId)).practice_sessions).toBe(0);
  });
});

describe('helplines', () => {
  it('lists the French helplines to anyone', async () => {
    const { data } = await h.rise.execute<{ riseHelplines: { number: string }[] }>('{ riseHelplines { name number description } }');
    expect(data?.riseHelplines.map((l) => l.number)).toEqual(['3114', '09 72 39 40 50', '15', '112']);
  });
});
