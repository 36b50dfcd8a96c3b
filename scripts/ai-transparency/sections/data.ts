import { LOCAL_MODEL } from '@phoenix/ai';
import { aubeSeedVersion, corpusVersion } from '../data-versions.js';
import { code, count, inline, table } from '../markdown.js';
import { AUBE_MODEL_VERSION } from './aube.js';

/** The reference corpus's version: hash, size, passages per topic. */
export function renderCorpus(): string {
  const corpus = corpusVersion();
  return table(
    ['file', 'SHA-256', 'bytes', 'passages'],
    [[code(corpus.path), code(corpus.sha256), count(corpus.bytes), `${corpus.passages}: ${inline(corpus.topics.map((t) => `${code(t.topic)} ${t.passages}`))}`]],
  );
}

/** The Aube seed's version: hash, stated data version and what it holds. */
export function renderAubeSeed(): string {
  const seed = aubeSeedVersion();
  const r = seed.report;
  return [
    table(['file', 'SHA-256', 'bytes', 'data version'], [[code(seed.path), code(seed.sha256), count(seed.bytes), seed.dataVersion]]),
    '',
    `It holds ${count(r.fiches)} ROME fiches, ${count(r.jobTitles)} job titles, ${count(r.items)} items (skills, knowledge, work contexts) in ${count(r.occupationItems)} fiche–item links, and ${count(r.mobilityLinks)} mobility links. ` +
      `Automation figure per fiche: direct from ESCO ${count(r.direct)}, ISCO group fallback ${count(r.iscoFallback)}, parent fiche ${count(r.parentFiche)}, none ${count(r.none)}.`,
  ].join('\n');
}

/** Every dataset the shipped catalogue names, with its version, licence and attribution. */
export function renderSources(): string {
  const seed = aubeSeedVersion();
  return table(
    ['dataset', 'version', 'publisher', 'licence', 'attribution', 'where'],
    seed.sources.map((s) => [`${s.name} (${code(s.id)})`, s.version, s.publisher, s.licence, s.attribution, s.url]),
  );
}

/** The versions a result can be traced to. */
export function renderModelVersions(): string {
  const corpus = corpusVersion();
  const seed = aubeSeedVersion();
  return table(
    ['what', 'version', 'recorded with'],
    [
      ['local text engine', code(LOCAL_MODEL), '`model` of every `ai.completion_recorded`'],
      ['its reference corpus', `SHA-256 ${code(corpus.sha256.slice(0, 12))}…`, 'this statement'],
      ['Aube resilience and recommendation model', code(AUBE_MODEL_VERSION), '`modelVersion` of every score and recommendation (level 3)'],
      ['Aube catalogue (shipped seed)', seed.dataVersion, '`dataVersion` of every score and recommendation (level 3); a full import states its own'],
      ['remote model, when configured', 'the server’s model name (`AI_OPENAI_MODEL`)', '`model` of every `ai.completion_recorded`'],
    ],
  );
}
