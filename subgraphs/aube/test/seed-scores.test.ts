import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readSeed } from '../src/import/seed.js';
import { startAube, sumOfContributions, type AubeHarness } from './harness.js';

interface Analysis {
  score: number;
  exposure: number;
  anxietyScore: number;
  explanation: { level: number; score: number; factors: { name: string; contribution: number }[]; sources: { id: string; name: string; version: string }[] };
}

interface OccupationAnswer {
  occupation: { code: string; title: string; automation: { risk: number; derivation: string } | null; resilience: Analysis } | null;
}

const ANALYSIS = `query ($code: ID!) {
  occupation(code: $code) {
    code title
    automation { risk derivation }
    resilience { score exposure anxietyScore explanation(level: 2) { level score factors { name contribution } sources { id name version } } }
  }
}`;

let aube: AubeHarness;

beforeAll(async () => {
  aube = await startAube();
});

afterAll(async () => {
  await aube.close();
});

/** M1805 plus the first two seed fiches of every ROME family (A to N): 29 fiches across sectors. */
function fichesAcrossSectors(): string[] {
  const codes = readSeed()
    .occupations.map((occupation) => occupation.code)
    .sort();
  const picked = new Set(['M1805']);
  for (const family of 'ABCDEFGHIJKLMN') codes.filter((code) => code.startsWith(family)).slice(0, 2).forEach((code) => picked.add(code));
  return [...picked];
}

async function analysisOf(code: string) {
  const { data, errors } = await aube.execute<OccupationAnswer>(ANALYSIS, { code });
  expect(errors).toBeUndefined();
  if (!data?.occupation) throw new Error(`no occupation ${code}`);
  return data.occupation;
}

describe('resilience scores on the shipped seed', () => {
  it('scores M1805 and twenty-eight fiches across all fourteen ROME families with level-2 factors that add up to the score and cite the datasets', async () => {
    const codes = fichesAcrossSectors();
    expect(codes.length).toBeGreaterThanOrEqual(21);
    expect(new Set(codes.map((code) => code[0])).size).toBe(14);
    for (const code of codes) {
      const occupation = await analysisOf(code);
      const { resilience } = occupation;
      expect(resilience.score).toBeGreaterThanOrEqual(0);
      expect(resilience.score).toBeLessThanOrEqual(100);
      expect(resilience.anxietyScore).toBe(100 - resilience.score);
      expect(resilience.explanation.score).toBe(resilience.score);
      expect(sumOfContributions(resilience.explanation.factors)).toBe(resilience.score);
      const sourceIds = resilience.explanation.sources.map((source) => source.id);
      expect(sourceIds).toEqual(expect.arrayContaining(['rome', 'nesta_mcc']));
      const nesta = resilience.explanation.sources.find((source) => source.id === 'nesta_mcc');
      expect(nesta?.name).toContain('Mapping Career Causeways');
    }
  });

  it('rates care and trade jobs more resilient than data entry, in the same order as the published risk', async () => {
    const dataEntry = await analysisOf('M1606');
    expect(dataEntry.title).toMatch(/saisie/i);
    for (const code of ['J1501', 'K1302', 'F1603']) {
      const other = await analysisOf(code);
      if (!other.automation || !dataEntry.automation) throw new Error('both fiches should carry a figure');
      // The data: Nesta rates the care or trade job less exposed than data entry...
      expect(other.automation.risk).toBeLessThan(dataEntry.automation.risk);
      // ...and the score follows it.
      expect(other.resilience.score).toBeGreaterThan(dataEntry.resilience.score);
    }
  });

  it('answers NOT_FOUND for a well-formed code the catalogue does not hold, and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await aube.execute(ANALYSIS, { code: 'A9999' });
    expect(unknown.data?.occupation ?? null).toBeNull();
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const malformed = await aube.execute(ANALYSIS, { code: 'developpeur' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('says where every figure comes from and how it was derived', async () => {
    const { data } = await aube.execute<{ occupation: { automation: { derivation: string; source: { id: string; attribution: string }; matches: { kind: string }[] } } }>(
      `{ occupation(code: "M1805") { automation { derivation source { id attribution } matches { kind } } } }`,
    );
    expect(data?.occupation.automation).toMatchObject({ derivation: 'DIRECT_ESCO', source: { id: 'nesta_mcc' } });
    expect(data?.occupation.automation.source.attribution).toContain('Kanders');
    expect(data?.occupation.automation.matches.length).toBeGreaterThan(0);
  });

  it('reports the loaded catalogue with its data version and figure coverage', async () => {
    const { data } = await aube.execute<{ occupationCatalogue: { dataVersion: string; fiches: number; directFigures: number; fallbackFigures: number; withoutFigure: number } }>(
      '{ occupationCatalogue { dataVersion fiches directFigures fallbackFigures withoutFigure } }',
    );
    const catalogue = data?.occupationCatalogue;
    expect(catalogue?.dataVersion).toMatch(/ROME v4\.\d+/);
    expect(catalogue?.fiches).toBeGreaterThanOrEqual(200);
    expect((catalogue?.directFigures ?? 0) + (catalogue?.fallbackFigures ?? 0) + (catalogue?.withoutFigure ?? 0)).toBe(catalogue?.fiches);
  });
});

describe('transitions on the shipped seed', () => {
  it('lists M1805’s closest target jobs, France Travail’s mobility links among them, with factors that sum to each score', async () => {
    const { data, errors } = await aube.execute<{ occupation: { transitions: { score: number; mobilityRank: number | null; occupation: { code: string }; factors: { contribution: number }[] }[] } }>(
      '{ occupation(code: "M1805") { transitions(first: 3) { score mobilityRank occupation { code } factors { contribution } } } }',
    );
    expect(errors).toBeUndefined();
    const transitions = data?.occupation.transitions ?? [];
    expect(transitions).toHaveLength(3);
    expect(transitions.some((t) => t.mobilityRank !== null)).toBe(true);
    expect(transitions.every((t) => t.occupation.code.startsWith('M18'))).toBe(true);
    for (const transition of transitions) expect(sumOfContributions(transition.factors)).toBe(transition.score);
  });

  it('refuses more than five transitions', async () => {
    const { errors } = await aube.execute('{ occupation(code: "M1805") { transitions(first: 6) { score } } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('occupation search on the shipped seed', () => {
  const search = async (text: string, first?: number) => {
    const response = await aube.execute<{ occupations: { code: string; title: string }[] }>(
      'query ($search: String!, $first: Int) { occupations(search: $search, first: $first) { code title } }',
      { search: text, ...(first === undefined ? {} : { first }) },
    );
    return response;
  };
  const codes = async (text: string) => (await search(text)).data?.occupations.map((o) => o.code) ?? [];

  it('finds a job by its title whatever the accents and case, best match first', async () => {
    expect((await codes('developpeur'))[0]).toBe('M1805');
    expect((await codes('AIDE-SOIGNANTE'))[0]).toBe('J1501');
    expect((await codes('Comptable'))[0]).toBe('M1203');
  });

  it('finds a job by one of its job titles', async () => {
    const { data } = await search('plombière', 5);
    expect(data?.occupations.map((o) => o.code)).toContain('F1603');
    expect(data?.occupations.length).toBeLessThanOrEqual(5);
  });

  it('finds a job by its ROME code or the start of one', async () => {
    expect(await codes('m1805')).toEqual(['M1805']);
    const family = await codes('M18');
    expect(family.length).toBeGreaterThan(3);
    expect(family.every((code) => code.startsWith('M18'))).toBe(true);
  });

  it('refuses a search with nothing to search for, or too many results asked', async () => {
    expect((await search(' - ')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    expect((await search('x'.repeat(101))).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await search('aide', 51)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('returns an empty list when nothing matches', async () => {
    expect(await codes('zzzzqqq')).toEqual([]);
  });
});
