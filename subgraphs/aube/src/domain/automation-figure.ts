import type { AutomationFigure, FigureMatch, MappingRelation } from '../import/catalogue.js';

/** How much a job title's mapping counts towards its ESCO occupation: exact matches most. */
export const RELATION_WEIGHTS: Readonly<Record<MappingRelation, number>> = { exact: 1, close: 0.75, broad: 0.5, narrow: 0.5 };

export interface RiskFigure {
  label: string;
  risk: number;
  prevalence: number;
  socCode: string | null;
}

export interface FigureTables {
  nestaByEsco: ReadonlyMap<string, RiskFigure>;
  nestaByIsco: ReadonlyMap<string, RiskFigure>;
  escoIsco: ReadonlyMap<string, { label: string; iscoGroup: string | null }>;
  freyOsborneBySoc: ReadonlyMap<string, number> | null;
  /** Every ESCO-level risk, ascending: the scale percentiles are read on. */
  sortedRisks: readonly number[];
}

/** The share of values strictly below `value`, counting ties as half (mid-rank percentile). */
export function percentileOf(sorted: readonly number[], value: number): number {
  if (sorted.length === 0) return 0.5;
  let below = 0;
  let equal = 0;
  for (const candidate of sorted) {
    if (candidate < value) below += 1;
    else if (candidate === value) equal += 1;
  }
  return (below + equal / 2) / sorted.length;
}

interface Weighted {
  match: FigureMatch;
  prevalence: number;
  socCode: string | null;
}

/**
 * A fiche's automation figure from the ESCO occupations its job titles map to: the weighted
 * mean of Nesta's ESCO-level risk when any mapped occupation has one (direct), else the
 * weighted mean over their ISCO unit groups (fallback), else null.
 */
export function deriveFigure(links: readonly { escoUri: string; relation: MappingRelation }[], tables: FigureTables): AutomationFigure | null {
  const direct = new Map<string, Weighted>();
  const viaIsco = new Map<string, Weighted>();
  for (const { escoUri, relation } of links) {
    const weight = RELATION_WEIGHTS[relation];
    const nesta = tables.nestaByEsco.get(escoUri);
    if (nesta) {
      accumulate(direct, escoUri, weight, () => ({ kind: 'esco', id: escoUri, label: tables.escoIsco.get(escoUri)?.label ?? nesta.label, risk: nesta.risk }), nesta);
      continue;
    }
    const isco = tables.escoIsco.get(escoUri)?.iscoGroup;
    const group = isco ? tables.nestaByIsco.get(isco) : undefined;
    if (isco && group) accumulate(viaIsco, isco, weight, () => ({ kind: 'isco', id: isco, label: group.label, risk: group.risk }), group);
  }
  if (direct.size > 0) return aggregate('direct_esco', [...direct.values()], tables);
  if (viaIsco.size > 0) return aggregate('isco_fallback', [...viaIsco.values()], tables);
  return null;
}

/** The parent fiche's figure, relabelled so every reader knows it is inherited. */
export function inheritFigure(parent: AutomationFigure, parentCode: string): AutomationFigure {
  return { ...parent, derivation: 'parent_fiche', parentCode };
}

function accumulate(into: Map<string, Weighted>, key: string, weight: number, make: () => Omit<FigureMatch, 'weight'>, figure: RiskFigure): void {
  const existing = into.get(key);
  if (existing) existing.match.weight += weight;
  else into.set(key, { match: { ...make(), weight }, prevalence: figure.prevalence, socCode: figure.socCode });
}

function aggregate(derivation: 'direct_esco' | 'isco_fallback', entries: Weighted[], tables: FigureTables): AutomationFigure {
  const total = entries.reduce((sum, entry) => sum + entry.match.weight, 0);
  const mean = (value: (entry: Weighted) => number) => entries.reduce((sum, entry) => sum + value(entry) * entry.match.weight, 0) / total;
  const risk = mean((entry) => entry.match.risk);
  const sorted = [...entries].sort((a, b) => b.match.weight - a.match.weight || a.match.label.localeCompare(b.match.label));
  return {
    source: 'nesta_mcc',
    derivation,
    risk: round(risk, 4),
    percentile: round(percentileOf(tables.sortedRisks, risk), 4),
    bottleneckPrevalence: round(mean((entry) => entry.prevalence), 4),
    aggregated: entries.length,
    matches: sorted.slice(0, 5).map((entry) => ({ ...entry.match, risk: round(entry.match.risk, 4), weight: round(entry.match.weight, 2) })),
    freyOsborne: freyOsborneOf(entries, tables.freyOsborneBySoc),
  };
}

function freyOsborneOf(entries: Weighted[], bySoc: ReadonlyMap<string, number> | null): AutomationFigure['freyOsborne'] {
  if (!bySoc) return null;
  let weighted = 0;
  let total = 0;
  const codes = new Set<string>();
  for (const entry of entries) {
    const probability = entry.socCode ? bySoc.get(entry.socCode) : undefined;
    if (probability === undefined || !entry.socCode) continue;
    weighted += probability * entry.match.weight;
    total += entry.match.weight;
    codes.add(entry.socCode);
  }
  return total > 0 ? { probability: round(weighted / total, 4), socCodes: [...codes].sort() } : null;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
