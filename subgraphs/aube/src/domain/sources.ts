import type { CatalogueSource, SourceId } from '../import/catalogue.js';

type SourceDefinition = Omit<CatalogueSource, 'version'>;

/** Every dataset Aube's figures rest on, with the citation and licence shown to users. */
export const SOURCE_DEFINITIONS: Readonly<Record<SourceId, SourceDefinition>> = {
  rome: {
    id: 'rome',
    name: 'ROME 4.0 — Répertoire opérationnel des métiers et des emplois',
    publisher: 'France Travail',
    licence: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
    attribution: 'France Travail — ROME',
    url: 'https://www.francetravail.org/opendata/repertoire-operationnel-des-meti.html',
  },
  esco_rome_mapping: {
    id: 'esco_rome_mapping',
    name: 'Table de correspondance ESCO – ROME',
    publisher: 'Pôle emploi / Commission européenne (ESCO)',
    licence: 'Réutilisation libre avec mention de la source (tables de correspondance EURES/ESCO)',
    attribution: 'Pôle emploi — projet de correspondance ESCO–ROME',
    url: 'https://esco.ec.europa.eu/en/use-esco/eures-countries-mapping-tables',
  },
  esco: {
    id: 'esco',
    name: 'ESCO — classification européenne des aptitudes, compétences, certifications et professions',
    publisher: 'Commission européenne',
    licence: 'Réutilisation autorisée avec mention de la source (décision 2011/833/UE)',
    attribution: '© Union européenne, ESCO',
    url: 'https://esco.ec.europa.eu/en/use-esco/download',
  },
  nesta_mcc: {
    id: 'nesta_mcc',
    name: 'Mapping Career Causeways — risque d’automatisation par profession ESCO',
    publisher: 'Nesta',
    licence: 'MIT (Nesta 2021)',
    attribution:
      'Kanders K., Djumalieva J., Sleeman C., Orlik J. (2020), Mapping Career Causeways, Nesta, doi:10.5281/zenodo.4451887 — d’après Brynjolfsson, Mitchell & Rock (2018)',
    url: 'https://github.com/nestauk/mapping-career-causeways/tree/main/supplementary_online_data/automation_risk',
  },
  frey_osborne: {
    id: 'frey_osborne',
    name: 'The Future of Employment — probabilité d’informatisation (702 professions US)',
    publisher: 'Oxford Martin School',
    licence: 'Données factuelles d’une publication, citées',
    attribution: 'Frey C. B., Osborne M. A. (2013/2017), The future of employment, Technological Forecasting and Social Change 114',
    url: 'https://www.oxfordmartin.ox.ac.uk/publications/the-future-of-employment',
  },
};

/** A source with the version the import read. */
export function sourceWithVersion(id: SourceId, version: string): CatalogueSource {
  return { ...SOURCE_DEFINITIONS[id], version };
}
