import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { aubeExportSchema } from '../src/export/schema.js';
import type { AubeSection } from '../src/export/aube-section.js';
import { partner, startAube, user, type AubeHarness } from './harness.js';
import { schemaProblems } from '@phoenix/subgraph-server/testing';

const START = `mutation ($input: StartExplorationInput!) {
  startExploration(input: $input) { id recommendations { occupation { code } } trustReport { id } }
}`;
const CHOOSE = `mutation ($id: ID!, $code: ID!) { chooseCareer(explorationId: $id, occupationCode: $code) { id } }`;
const SHARE = `mutation ($id: ID!) { shareTrustReport(id: $id) { shareUrl } }`;
const REVOKE = `mutation ($id: ID!) { revokeTrustReportShare(id: $id) { id } }`;
const EXPORT = `query ($userId: ID!) { _entities(representations: [{ __typename: "DataExport", userId: $userId }]) { ... on DataExport { userId aube } } }`;

interface Started {
  startExploration: { id: string; recommendations: { occupation: { code: string } }[]; trustReport: { id: string } };
}
type Exported = { _entities: ({ userId: string; aube: AubeSection } | null)[] };

const careWorker = {
  occupationCode: 'K1302',
  yearsOfExperience: 8,
  skills: ['Écouter et rassurer les personnes', 'Préparer les repas'],
  values: ['aider_accompagner'],
  environments: ['terrain'],
};
const developer = {
  occupationCode: 'M1805',
  yearsOfExperience: 3,
  skills: ['Animer une équipe projet'],
  values: ['creer_innover', 'autonomie_liberte'],
  environments: ['teletravail'],
  riasec: { realistic: 0.2, investigative: 0.9, artistic: 0.5, social: 0.3, enterprising: 0.4, conventional: 0.6 },
  bigFive: { openness: 0.8, conscientiousness: 0.7, extraversion: 0.3, agreeableness: 0.6, neuroticism: 0.2 },
};

let aube: AubeHarness;
const camille = randomUUID();
const other = randomUUID();
let first: Started['startExploration'];
let second: Started['startExploration'];
let activeShareUrl: string;
let anonymous: Started['startExploration'];
let othersExploration: Started['startExploration'];

async function start(input: object, userId?: string): Promise<Started['startExploration']> {
  const { data, errors } = await aube.execute<Started>(START, { input }, userId ? user(userId) : undefined);
  if (!data) throw new Error(`startExploration failed: ${JSON.stringify(errors)}`);
  return data.startExploration;
}

beforeAll(async () => {
  aube = await startAube();
  first = await start(careWorker, camille);
  await aube.execute(CHOOSE, { id: first.id, code: first.recommendations[0]!.occupation.code }, user(camille));
  await aube.execute(SHARE, { id: first.trustReport.id }, user(camille));
  await aube.execute(REVOKE, { id: first.trustReport.id }, user(camille));
  second = await start(developer, camille);
  const shared = await aube.execute<{ shareTrustReport: { shareUrl: string } }>(SHARE, { id: second.trustReport.id }, user(camille));
  activeShareUrl = shared.data!.shareTrustReport.shareUrl;
  anonymous = await start({ ...careWorker, visitorId: 'visitor-export-1' });
  othersExploration = await start(developer, other);
});

afterAll(async () => {
  await aube.close();
});

describe('DataExport.aube', () => {
  it('gives the user every saved exploration and share link, newest first, valid against the published JSON Schema', async () => {
    const { data, errors } = await aube.execute<Exported>(EXPORT, { userId: camille }, user(camille));
    expect(errors).toBeUndefined();
    const section = data!._entities[0]!.aube;

    expect(schemaProblems(aubeExportSchema, section)).toEqual([]);
    expect(section.explorations.map((exploration) => exploration.id)).toEqual([second.id, first.id]);
    const [latest, earliest] = section.explorations;
    expect(latest).toMatchObject({
      trustReportId: second.trustReport.id,
      occupation: { code: 'M1805' },
      inputs: { yearsOfExperience: 3, skills: developer.skills, values: developer.values, environments: developer.environments, riasec: developer.riasec, bigFive: developer.bigFive },
      chosenCareer: null,
    });
    expect(latest!.recommendations.map((recommendation) => recommendation.occupation.code)).toEqual(second.recommendations.map((r) => r.occupation.code));
    expect(earliest).toMatchObject({ inputs: { skills: careWorker.skills, riasec: null, bigFive: null }, chosenCareer: { occupationCode: first.recommendations[0]!.occupation.code } });
    expect(earliest!.resilience.personalised).toBe(true);

    expect(section.trustReportShares.map((share) => [share.explorationId, share.revokedAt === null])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    // The share link works as a password: its token never leaves in an export.
    const token = activeShareUrl.split('/').at(-1)!;
    expect(JSON.stringify(section)).not.toContain(token.split('.')[1]);
  });

  it('holds nothing of anonymous explorations nor of other users', async () => {
    const { data } = await aube.execute<Exported>(EXPORT, { userId: camille }, user(camille));
    const text = JSON.stringify(data!._entities[0]!.aube);
    for (const id of [anonymous.id, othersExploration.id, othersExploration.trustReport.id]) expect(text).not.toContain(id);
    expect(data!._entities[0]!.aube.explorations).toHaveLength(2);
  });

  it('gives a user who never explored empty lists that still match the schema', async () => {
    const newcomer = randomUUID();
    const { data } = await aube.execute<Exported>(EXPORT, { userId: newcomer }, user(newcomer));
    expect(data!._entities[0]!.aube).toEqual({ explorations: [], trustReportShares: [] });
    expect(schemaProblems(aubeExportSchema, data!._entities[0]!.aube)).toEqual([]);
  });

  it.each([
    ['another user', user(other)],
    ['an admin', user(randomUUID(), ['admin'])],
    ['a partner key', partner(['partner:aube.read'])],
  ])("refuses %s the user's export with FORBIDDEN", async (_who, principal) => {
    const { data, errors } = await aube.execute<Exported>(EXPORT, { userId: camille }, principal);
    expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(data?._entities[0] ?? null).toBeNull();
  });
});
