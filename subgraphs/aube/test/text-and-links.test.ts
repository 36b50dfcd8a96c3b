import { describe, expect, it } from '@jest/globals';
import { deriveFigure, percentileOf, type FigureTables } from '../src/domain/automation-figure.js';
import { checkExplorationInput } from '../src/domain/inputs.js';
import { parseSearch, rankSearch } from '../src/domain/search.js';
import { normaliseText, searchTokens } from '../src/domain/text.js';
import { buildTrustReport } from '../src/domain/trust-report.js';
import { ReportLinks } from '../src/report/links.js';
import { pdfSafe } from '../src/report/pdf-text.js';
import { computeResilience } from '../src/domain/resilience.js';
import { CARE, PROVENANCE } from './occupations.js';

describe('French text folding', () => {
  it('ignores case, accents, ligatures and punctuation', () => {
    expect(normaliseText('Développeur / Développeuse  d’ŒUVRES')).toBe('developpeur developpeuse d oeuvres');
  });

  it('drops French stop words from a search unless nothing else is left', () => {
    expect(searchTokens('Aide à domicile')).toEqual(['aide', 'domicile']);
    expect(searchTokens('de la')).toEqual(['de', 'la']);
  });
});

describe('occupation search ranking', () => {
  const candidates = [
    { code: 'M1805', kind: 'title' as const, normalised: 'developpeur developpeuse informatique' },
    { code: 'M1855', kind: 'job_title' as const, normalised: 'developpeur developpeuse web' },
    { code: 'E1104', kind: 'job_title' as const, normalised: 'concepteur developpeur de sites web et multimedia' },
    { code: 'H1206', kind: 'job_title' as const, normalised: 'redeveloppeur industriel' },
  ];

  it('puts the label starting with the query first, then word-start matches, then mere substrings', () => {
    const query = parseSearch('Développeur web');
    if (!query) throw new Error('query expected');
    expect(rankSearch(query, candidates)).toEqual(['M1855', 'E1104']);
    const broad = parseSearch('developpeur');
    if (!broad) throw new Error('query expected');
    expect(rankSearch(broad, candidates)).toEqual(['M1805', 'M1855', 'E1104', 'H1206']);
  });

  it('reads a ROME code or its start as a code search', () => {
    expect(parseSearch('m1805')).toMatchObject({ codePrefix: 'M1805' });
    expect(parseSearch('M 18')).toMatchObject({ codePrefix: 'M18' });
    expect(rankSearch(parseSearch('m1805')!, [], ['M1805'])).toEqual(['M1805']);
  });

  it('refuses a search with nothing searchable', () => {
    expect(parseSearch(' / ')).toBeNull();
    expect(parseSearch('a')).toBeNull();
  });
});

describe('automation figure derivation', () => {
  const tables: FigureTables = {
    nestaByEsco: new Map([['uri:a', { label: 'a', risk: 3.0, prevalence: 0.6, socCode: '11-1011' }], ['uri:b', { label: 'b', risk: 3.6, prevalence: 0.2, socCode: null }]]),
    nestaByIsco: new Map([['4132', { label: 'Data entry clerks', risk: 3.7, prevalence: 0.1, socCode: null }]]),
    escoIsco: new Map([['uri:c', { label: 'c', iscoGroup: '4132' }]]),
    freyOsborneBySoc: new Map([['11-1011', 0.015]]),
    sortedRisks: [3.0, 3.6],
  };

  it('places a risk among the rated occupations, ties counting half', () => {
    expect(percentileOf([1, 2, 2, 3], 2)).toBe(0.5);
    expect(percentileOf([1, 2, 3], 4)).toBe(1);
  });

  it('weights exact mappings over close ones and prefers ESCO-level risk to the ISCO fallback', () => {
    const figure = deriveFigure([{ escoUri: 'uri:a', relation: 'exact' }, { escoUri: 'uri:b', relation: 'broad' }, { escoUri: 'uri:c', relation: 'exact' }], tables);
    expect(figure).toMatchObject({ derivation: 'direct_esco', aggregated: 2, risk: 3.2, freyOsborne: { probability: 0.015, socCodes: ['11-1011'] } });
    expect(deriveFigure([{ escoUri: 'uri:c', relation: 'close' }], tables)).toMatchObject({ derivation: 'isco_fallback', risk: 3.7, percentile: 1 });
    expect(deriveFigure([{ escoUri: 'uri:unknown', relation: 'exact' }], tables)).toBeNull();
  });
});

describe('exploration input', () => {
  const valid = { occupationCode: ' m1805 ', yearsOfExperience: 5, skills: ['Excel', 'Excel'], values: [], environments: ['terrain'] };

  it('normalises the code and drops repeated skills', () => {
    const checked = checkExplorationInput(valid);
    expect(checked).toMatchObject({ ok: true, input: { occupationCode: 'M1805', skills: ['Excel'] } });
  });

  it('names the field of the first problem', () => {
    expect(checkExplorationInput({ ...valid, skills: Array.from({ length: 31 }, (_, i) => `c${i}`) })).toMatchObject({ ok: false, field: 'input.skills' });
    expect(checkExplorationInput({ ...valid, yearsOfExperience: 2.5 })).toMatchObject({ ok: false, field: 'input.yearsOfExperience' });
  });
});

describe('report links', () => {
  let now = 1_700_000_000_000;
  const links = new ReportLinks({ secret: 'a-secret-long-enough-for-hmac-0123456789', baseUrl: 'https://phoenix.example/', ttlSeconds: 600, now: () => now });
  const reportId = '11111111-2222-4333-8444-555555555555';

  it('signs a short-lived download link that a changed format, report or late use invalidates', () => {
    const { url, expiresAt } = links.downloadUrl(reportId, 'pdf');
    expect(url.startsWith(`https://phoenix.example/reports/${reportId}.pdf?expires=`)).toBe(true);
    const params = new URL(url).searchParams;
    const [expires, signature] = [params.get('expires') ?? '', params.get('signature') ?? ''];
    expect(links.verifyDownload(reportId, 'pdf', expires, signature)).toBe(true);
    expect(links.verifyDownload(reportId, 'json', expires, signature)).toBe(false);
    expect(links.verifyDownload('11111111-2222-4333-8444-000000000000', 'pdf', expires, signature)).toBe(false);
    now = expiresAt.getTime() + 1_000;
    expect(links.verifyDownload(reportId, 'pdf', expires, signature)).toBe(false);
  });

  it('reads the share id back from a share link, and nothing from a forged one', () => {
    const shareId = '99999999-2222-4333-8444-555555555555';
    const token = links.shareUrl(shareId).split('/').at(-1) ?? '';
    expect(links.shareIdOf(token)).toBe(shareId);
    expect(links.shareIdOf(`${shareId}.forged`)).toBeUndefined();
    expect(links.shareIdOf('not-a-token')).toBeUndefined();
  });
});

describe('report documents', () => {
  it('counts the person’s free-text skills without copying them into a shareable document', () => {
    const result = { occupation: { code: 'J1501', title: CARE.title }, resilience: computeResilience(CARE, PROVENANCE), recommendations: [], upskilling: [] };
    const inputs = { occupationCode: 'J1501', yearsOfExperience: 3, skills: ['Mon ancien employeur, Dupont SA'], values: [], environments: [] };
    const report = buildTrustReport({ reportId: 'r', explorationId: 'e', createdAt: new Date(0), inputs, result });
    expect(report.profile?.transferableSkills).toBe(1);
    expect(JSON.stringify(report)).not.toContain('Dupont');
  });

  it('keeps French accents drawable by the standard PDF fonts and replaces the rest', () => {
    expect(pdfSafe('Évolution − R̄ ≥ 0,5 « œuvre »\u202f%')).toBe('Évolution - R >= 0,5 « œuvre » %');
  });
});
