import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { partner, startAube, sumOfContributions, user, type AubeHarness } from './harness.js';

const START = `mutation ($input: StartExplorationInput!) {
  startExploration(input: $input) {
    id saved
    occupation { code title }
    resilience { score personalised explanation(level: 2) { factors { name contribution } } }
    recommendations { rank score occupation { code } factors { name contribution } explanation(level: 3) { summary technical { formula } } }
    upskillingPlan { skill durationHours cpfEligible }
    trustReport { id pdfUrl shareUrl json }
  }
}`;

interface Started {
  startExploration: {
    id: string;
    saved: boolean;
    occupation: { code: string; title: string };
    resilience: { score: number; personalised: boolean; explanation: { factors: { name: string; contribution: number }[] } };
    recommendations: { rank: number; score: number; occupation: { code: string }; factors: { name: string; contribution: number }[]; explanation: { summary: string; technical: { formula: string } } }[];
    upskillingPlan: { skill: string; durationHours: number; cpfEligible: boolean }[];
    trustReport: { id: string; pdfUrl: string | null; shareUrl: string | null; json: string };
  };
}

const baseInput = {
  occupationCode: 'M1805',
  yearsOfExperience: 12,
  skills: ['Animer une équipe projet', 'Négocier avec les clients'],
  values: ['resoudre_problemes_complexes', 'transmettre_former'],
  environments: ['hybride', 'teletravail'],
};

let aube: AubeHarness;
const alice = randomUUID();
const bob = randomUUID();

beforeAll(async () => {
  aube = await startAube();
});

afterAll(async () => {
  await aube.close();
});

describe('exploration', () => {
  it('serves an anonymous visitor a personalised score, 3–5 recommendations and a plan without keeping anything but the events', async () => {
    const { data, errors } = await aube.execute<Started>(START, { input: { ...baseInput, visitorId: 'visitor-1234', utm: { source: 'newsletter' } } });
    expect(errors).toBeUndefined();
    const exploration = data!.startExploration;
    expect(exploration.saved).toBe(false);
    expect(exploration.resilience.personalised).toBe(true);
    expect(exploration.resilience.explanation.factors.map((f) => f.name)).toEqual(expect.arrayContaining(['experience', 'competences_transferables']));
    expect(sumOfContributions(exploration.resilience.explanation.factors)).toBe(exploration.resilience.score);
    expect(exploration.recommendations.length).toBeGreaterThanOrEqual(3);
    expect(exploration.recommendations.length).toBeLessThanOrEqual(5);
    for (const recommendation of exploration.recommendations) {
      expect(sumOfContributions(recommendation.factors)).toBe(recommendation.score);
      expect(recommendation.occupation.code).not.toBe('M1805');
      expect(recommendation.explanation.technical.formula).toContain('score');
    }
    expect(exploration.recommendations.map((r) => r.score)).toEqual([...exploration.recommendations.map((r) => r.score)].sort((a, b) => b - a));
    expect(exploration.upskillingPlan.length).toBeGreaterThanOrEqual(2);
    expect(exploration.upskillingPlan.every((step) => step.durationHours > 0 && typeof step.cpfEligible === 'boolean')).toBe(true);
    expect(exploration.trustReport.pdfUrl).toBeNull();
    expect(JSON.parse(exploration.trustReport.json)).toMatchObject({ format: 'phoenix.aube.trust-report/1', occupation: { code: 'M1805' } });

    expect(await aube.count('aube.explorations')).toBe(0);
    const events = await aube.eventsOf(exploration.id);
    expect(events.map((event) => event.type)).toEqual(['aube.exploration_started', 'aube.resilience_scored', 'aube.recommendations_generated']);
    expect(events[0]?.payload).toEqual({ explorationId: exploration.id, visitorId: 'visitor-1234', romeCode: 'M1805', utm: { source: 'newsletter' } });
    expect(events[1]?.payload).toMatchObject({ score: exploration.resilience.score, romeCode: 'M1805' });
    expect(events.every((event) => !('userId' in event.payload))).toBe(true);
  });

  it('keeps a signed-in user’s exploration, lists it newest first and exposes the latest analysis', async () => {
    const first = await aube.execute<Started>(START, { input: { ...baseInput, occupationCode: 'j1501' } }, user(alice));
    const second = await aube.execute<Started>(START, { input: baseInput }, user(alice));
    const latestId = second.data!.startExploration.id;
    expect(first.data?.startExploration.saved).toBe(true);
    expect(first.data?.startExploration.occupation.code).toBe('J1501');
    expect(second.data?.startExploration.trustReport.pdfUrl).toMatch(/^https:\/\/phoenix\.example\/api\/reports\/[0-9a-f-]{36}\.pdf\?expires=\d+&signature=/);

    const { data } = await aube.execute<{ _entities: { explorations: { id: string }[]; latestResilience: { score: number; occupationCode: string } }[] }>(
      `query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { explorations(first: 5) { id } latestResilience { score occupationCode } } } }`,
      { id: alice },
      user(alice),
    );
    expect(data?._entities[0]?.explorations.map((e) => e.id)).toEqual([latestId, first.data!.startExploration.id]);
    expect(data?._entities[0]?.latestResilience).toEqual({ score: second.data!.startExploration.resilience.score, occupationCode: 'M1805' });
    const events = await aube.eventsOf(latestId);
    expect(events.map((event) => event.payload.userId)).toEqual([alice, alice, alice]);
  });

  it('lets a partner key with partner:aube.read read the latest analysis, and nobody else but the user', async () => {
    const latest = `query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { latestResilience { score } } } }`;
    const allowed = await aube.execute<{ _entities: { latestResilience: { score: number } | null }[] }>(latest, { id: alice }, partner(['partner:aube.read']));
    expect(allowed.data?._entities[0]?.latestResilience?.score).toEqual(expect.any(Number));
    const noScope = await aube.execute(latest, { id: alice }, partner(['partner:events.read']));
    expect(noScope.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const otherUser = await aube.execute(latest, { id: alice }, user(bob));
    expect(otherUser.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await aube.execute(latest, { id: alice });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const explorations = await aube.execute(`query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { explorations { id } } } }`, { id: alice }, partner(['partner:aube.read']));
    expect(explorations.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('shows an exploration to its owner and admins only, and hides it from anyone else', async () => {
    const started = await aube.execute<Started>(START, { input: baseInput }, user(alice));
    const id = started.data!.startExploration.id;
    const read = `query ($id: ID!) { exploration(id: $id) { id occupation { code } resilience { score } } }`;
    expect((await aube.execute<{ exploration: { id: string } }>(read, { id }, user(alice))).data?.exploration.id).toBe(id);
    expect((await aube.execute<{ exploration: { id: string } }>(read, { id }, user(randomUUID(), ['admin']))).data?.exploration.id).toBe(id);
    expect((await aube.execute(read, { id }, user(bob))).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await aube.execute(read, { id })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await aube.execute(read, { id: 'not-a-uuid' }, user(alice))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('records the career a user chooses among the recommendations, and refuses any other', async () => {
    const started = await aube.execute<Started>(START, { input: baseInput }, user(alice));
    const exploration = started.data!.startExploration;
    const target = exploration.recommendations[0]!.occupation.code;
    const choose = `mutation ($id: ID!, $code: ID!) { chooseCareer(explorationId: $id, occupationCode: $code) { id chosenOccupation { code } } }`;

    const notRecommended = await aube.execute(choose, { id: exploration.id, code: 'A1101' }, user(alice));
    expect(notRecommended.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occupationCode' });
    const intruder = await aube.execute(choose, { id: exploration.id, code: target }, user(bob));
    expect(intruder.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await aube.eventsOf(exploration.id)).map((e) => e.type)).not.toContain('aube.career_chosen');

    const chosen = await aube.execute<{ chooseCareer: { chosenOccupation: { code: string } } }>(choose, { id: exploration.id, code: target }, user(alice));
    expect(chosen.data?.chooseCareer.chosenOccupation.code).toBe(target);
    const events = await aube.eventsOf(exploration.id);
    expect(events.at(-1)).toEqual({ type: 'aube.career_chosen', payload: { userId: alice, explorationId: exploration.id, romeCode: target } });
  });

  it.each([
    ['a negative experience', { yearsOfExperience: -1 }, 'input.yearsOfExperience'],
    ['an empty skill', { skills: ['  '] }, 'input.skills.0'],
    ['a repeated value', { values: ['creer_innover', 'creer_innover'] }, 'input.values'],
    ['a malformed code', { occupationCode: 'M18' }, 'input.occupationCode'],
    ['a malformed visitor id', { visitorId: 'a b' }, 'input.visitorId'],
    ['a RIASEC score above 1', { riasec: { realistic: 2, investigative: 0, artistic: 0, social: 0, enterprising: 0, conventional: 0 } }, 'input.riasec.realistic'],
  ])('refuses %s with BAD_USER_INPUT naming the field and changes nothing', async (_case, change, field) => {
    const before = await aube.count('events.log');
    const { errors } = await aube.execute(START, { input: { ...baseInput, ...change } }, user(bob));
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await aube.count('events.log')).toBe(before);
  });

  it('answers NOT_FOUND for an exploration of an unknown job and stores nothing', async () => {
    const before = await aube.count('aube.explorations');
    const { errors } = await aube.execute(START, { input: { ...baseInput, occupationCode: 'A9999' } }, user(bob));
    expect(errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await aube.count('aube.explorations')).toBe(before);
  });

  it('refuses an explanation level other than 1, 2 or 3', async () => {
    const { errors } = await aube.execute('{ occupation(code: "M1805") { resilience { explanation(level: 4) { summary } } } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
  });

  it('resolves Occupation and User entities by key', async () => {
    const { data } = await aube.execute<{ _entities: ({ code: string; title: string } | null)[] }>(
      `{ _entities(representations: [{ __typename: "Occupation", code: "F1603" }, { __typename: "Occupation", code: "A9999" }]) { ... on Occupation { code title } } }`,
    );
    expect(data?._entities).toEqual([{ code: 'F1603', title: 'Plombier / Plombière sanitaire' }, null]);
  });
});
