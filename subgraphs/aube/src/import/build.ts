import { deriveFigure, inheritFigure, type FigureTables } from '../domain/automation-figure.js';
import { sourceWithVersion } from '../domain/sources.js';
import type { AutomationFigure, Catalogue, CatalogueOccupation, MappingRelation } from './catalogue.js';
import type { EscoOccupation, EscoRomeMapping } from './esco.js';
import type { NestaRiskTables } from './risk.js';
import type { RomeData } from './rome.js';

export interface CatalogueInputs {
  rome: RomeData;
  /** e.g. `4.60`, from the ROME file names. */
  romeVersion: string;
  mapping: EscoRomeMapping;
  esco: ReadonlyMap<string, EscoOccupation>;
  nesta: NestaRiskTables;
  /** Absent when the Frey & Osborne file was not given (it is only shown for comparison). */
  freyOsborne: ReadonlyMap<string, number> | null;
}

/**
 * Joins the official files into the catalogue: ROME fiche → job titles → ESCO occupations
 * (mapping) → Nesta risk by ESCO URI, else by the ESCO occupation's ISCO group, else the
 * parent fiche's figure.
 */
export function buildCatalogue(inputs: CatalogueInputs): Catalogue {
  const { rome, mapping } = inputs;
  const linksByFiche = new Map<string, { escoUri: string; relation: MappingRelation }[]>();
  let mappedJobTitles = 0;
  for (const link of mapping.links) {
    const jobTitle = rome.jobTitles.get(link.jobTitleOgr);
    if (!jobTitle) continue;
    mappedJobTitles += 1;
    const list = linksByFiche.get(jobTitle.code) ?? [];
    list.push({ escoUri: link.escoUri, relation: link.relation });
    linksByFiche.set(jobTitle.code, list);
  }

  const tables: FigureTables = {
    nestaByEsco: inputs.nesta.byEsco,
    nestaByIsco: inputs.nesta.byIsco,
    escoIsco: inputs.esco,
    freyOsborneBySoc: inputs.freyOsborne,
    sortedRisks: [...inputs.nesta.byEsco.values()].map((entry) => entry.risk).sort((a, b) => a - b),
  };
  const figures = new Map<string, AutomationFigure | null>();
  for (const fiche of rome.fiches) figures.set(fiche.code, deriveFigure(linksByFiche.get(fiche.code) ?? [], tables));

  const jobTitlesByFiche = new Map<string, [number, string][]>();
  for (const [ogr, { code, label }] of rome.jobTitles) {
    const list = jobTitlesByFiche.get(code) ?? [];
    list.push([ogr, label]);
    jobTitlesByFiche.set(code, list);
  }

  const occupations: CatalogueOccupation[] = rome.fiches.map((fiche) => {
    const own = figures.get(fiche.code) ?? null;
    const parent = fiche.parentCode ? figures.get(fiche.parentCode) : null;
    return {
      code: fiche.code,
      title: fiche.title,
      parentCode: fiche.parentCode,
      greenTransition: fiche.greenTransition,
      digitalTransition: fiche.digitalTransition,
      jobTitles: (jobTitlesByFiche.get(fiche.code) ?? []).sort((a, b) => a[0] - b[0]),
      items: [...(rome.fichesItems.get(fiche.code) ?? [])].sort((a, b) => a[0] - b[0]),
      mobility: [...(rome.mobility.get(fiche.code) ?? [])].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])),
      figure: own ?? (parent && fiche.parentCode && parent.derivation !== 'parent_fiche' ? inheritFigure(parent, fiche.parentCode) : null),
    };
  });

  const usedItems = new Set(occupations.flatMap((occupation) => occupation.items.map(([ogr]) => ogr)));
  const items = [...rome.items].filter(([ogr]) => usedItems.has(ogr)).map(([ogr, item]) => ({ ogr, ...item }));
  const count = (derivation: AutomationFigure['derivation'] | null) => occupations.filter((o) => (o.figure?.derivation ?? null) === derivation).length;
  const sources = [
    sourceWithVersion('rome', `v${inputs.romeVersion}`),
    sourceWithVersion('esco_rome_mapping', mapping.version),
    sourceWithVersion('esco', mapping.escoVersion),
    sourceWithVersion('nesta_mcc', '2021 (Zenodo 4451887)'),
    ...(inputs.freyOsborne ? [sourceWithVersion('frey_osborne', '2013')] : []),
  ];
  return {
    dataVersion: `ROME v${inputs.romeVersion} · ESCO–ROME ${mapping.version} (ESCO ${mapping.escoVersion}) · Nesta MCC 2021${inputs.freyOsborne ? ' · Frey & Osborne 2013' : ''}`,
    sources,
    items,
    occupations,
    report: {
      fiches: occupations.length,
      direct: count('direct_esco'),
      iscoFallback: count('isco_fallback'),
      parentFiche: count('parent_fiche'),
      none: count(null),
      jobTitles: rome.jobTitles.size,
      items: items.length,
      occupationItems: occupations.reduce((sum, occupation) => sum + occupation.items.length, 0),
      mobilityLinks: occupations.reduce((sum, occupation) => sum + occupation.mobility.length, 0),
      mappedJobTitles,
    },
  };
}
