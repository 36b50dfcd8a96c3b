import { field, numberField, readCsv } from './csv.js';

export interface NestaRisk {
  label: string;
  /** Automation risk, 1–5 scale. */
  risk: number;
  /** Share of bottleneck tasks, 0–1. */
  prevalence: number;
  /** SOC 2010 code (`29-1125`) of the O*NET occupation Nesta matched, when any. */
  socCode: string | null;
}

export interface NestaRiskTables {
  /** By ESCO concept URI. */
  byEsco: Map<string, NestaRisk>;
  /** By four-digit ISCO-08 code. */
  byIsco: Map<string, NestaRisk>;
}

/** Reads Nesta's Mapping Career Causeways risk tables: per ESCO occupation and per ISCO unit group. */
export function readNestaRisk(escoFile: { name: string; text: string }, iscoFile: { name: string; text: string }): NestaRiskTables {
  const byEsco = new Map<string, NestaRisk>();
  for (const row of readCsv(escoFile.name, escoFile.text, { columns: ['occupation', 'risk', 'prevalence', 'onet_code', 'concept_uri'] })) {
    const onet = field(row, 'onet_code', /^(\d{2}-\d{4}\.\d{2})?$/, 'an O*NET code or empty');
    byEsco.set(field(row, 'concept_uri', /^http:\/\/data\.europa\.eu\/esco\/occupation\//, 'an ESCO occupation URI'), {
      label: field(row, 'occupation', /\S/, 'a label'),
      risk: numberField(row, 'risk', 1, 5),
      prevalence: numberField(row, 'prevalence', 0, 1),
      socCode: onet ? onet.slice(0, 7) : null,
    });
  }
  const byIsco = new Map<string, NestaRisk>();
  for (const row of readCsv(iscoFile.name, iscoFile.text, { columns: ['isco_code', 'isco_unit_group', 'risk', 'prevalence'] })) {
    byIsco.set(field(row, 'isco_code', /^\d{4}$/, 'a four-digit ISCO-08 code'), {
      label: field(row, 'isco_unit_group', /\S/, 'a label'),
      risk: numberField(row, 'risk', 1, 5),
      prevalence: numberField(row, 'prevalence', 0, 1),
      socCode: null,
    });
  }
  return { byEsco, byIsco };
}

/** Reads Frey & Osborne's (2013) probabilities of computerisation by SOC 2010 code. */
export function readFreyOsborne(name: string, text: string): Map<string, number> {
  const bySoc = new Map<string, number>();
  for (const row of readCsv(name, text, { columns: ['SOC code', 'Probability'] })) {
    bySoc.set(field(row, 'SOC code', /^\d{2}-\d{4}$/, 'a SOC code'), numberField(row, 'Probability', 0, 1));
  }
  return bySoc;
}
