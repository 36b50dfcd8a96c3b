import type { AutomationFigure, CatalogueSource } from '../src/import/catalogue.js';
import type { DataProvenance, OccupationData, OccupationItem } from '../src/domain/types.js';

/** Hand-written fiches for unit tests: French task labels in ROME's style. */
export const SOURCES: CatalogueSource[] = [
  { id: 'rome', name: 'ROME 4.0', version: 'v4.60', publisher: 'France Travail', licence: 'Licence Ouverte', attribution: 'France Travail — ROME', url: 'https://example.org/rome' },
  { id: 'esco_rome_mapping', name: 'ESCO–ROME', version: 'V1.4', publisher: 'Pôle emploi', licence: 'attribution', attribution: 'Pôle emploi', url: 'https://example.org/map' },
  { id: 'esco', name: 'ESCO', version: '1.0.9', publisher: 'Commission européenne', licence: 'attribution', attribution: '© UE', url: 'https://example.org/esco' },
  { id: 'nesta_mcc', name: 'Mapping Career Causeways', version: '2021', publisher: 'Nesta', licence: 'MIT', attribution: 'Kanders et al. 2020', url: 'https://example.org/mcc' },
];

export const PROVENANCE: DataProvenance = { dataVersion: 'ROME v4.60 · test', sources: SOURCES };

export function figure(percentile: number, derivation: AutomationFigure['derivation'] = 'direct_esco', aggregated = 3): AutomationFigure {
  return {
    source: 'nesta_mcc',
    derivation,
    risk: 2.8 + percentile,
    percentile,
    bottleneckPrevalence: 0.4,
    aggregated,
    matches: [{ kind: 'esco', id: 'http://data.europa.eu/esco/occupation/x', label: 'profession', risk: 2.8 + percentile, weight: 1 }],
    freyOsborne: { probability: 0.5, socCodes: ['43-9021'] },
  };
}

let nextOgr = 1;
function items(labels: readonly string[], core: OccupationItem['core'] = null): OccupationItem[] {
  return labels.map((label) => ({ ogr: nextOgr++, label, core }));
}

export function occupation(code: string, title: string, tasks: { core?: string[]; other?: string[] }, overrides: Partial<OccupationData> = {}): OccupationData {
  return {
    code,
    title,
    parentCode: null,
    digitalTransition: 'N',
    figure: figure(0.5),
    tasks: [...items(tasks.core ?? [], 'principale'), ...items(tasks.other ?? [])],
    knowledge: [],
    softSkills: [],
    contexts: [],
    ...overrides,
  };
}

export const CARE = occupation(
  'J1501',
  'Aide-soignant / Aide-soignante',
  {
    core: ['Réaliser les soins d’hygiène et de confort de la personne', 'Accompagner la personne dans les gestes de la vie quotidienne', 'Écouter et rassurer le patient et sa famille'],
    other: ['Saisir des données administratives', 'Nettoyer et ranger le matériel de soins'],
  },
  { figure: figure(0.3), contexts: items(['Patients', 'Travail de nuit', 'Etablissement de santé']) },
);

export const DATA_ENTRY = occupation(
  'M1606',
  'Opérateur / Opératrice de saisie',
  {
    core: ['Saisir des données', 'Contrôler la conformité des données saisies', 'Numériser des documents'],
    other: ['Classer et archiver des documents', 'Mettre à jour une base de données'],
  },
  { figure: figure(0.93), contexts: items(['Station assise prolongée', 'Travail répétitif ou cadence imposée']) },
);
