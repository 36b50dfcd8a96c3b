import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue } from './build.js';
import type { Catalogue } from './catalogue.js';
import { ImportFileError } from './csv.js';
import { readEscoOccupations, readEscoRomeMapping } from './esco.js';
import { readFreyOsborne, readNestaRisk } from './risk.js';
import { readRome } from './rome.js';

/** The official file names (as published), matched loosely enough to accept a newer ROME version. */
export const IMPORT_FILES = {
  fiches: { pattern: /^unix_referentiel_code_rome_v(\d+)_utf8\.csv$/, example: 'unix_referentiel_code_rome_v460_utf8.csv' },
  jobTitles: { pattern: /^unix_referentiel_appellation_v\d+_utf8\.csv$/, example: 'unix_referentiel_appellation_v460_utf8.csv' },
  fichesItems: { pattern: /^unix_coherence_item_v\d+_utf8\.csv$/, example: 'unix_coherence_item_v460_utf8.csv' },
  items: { pattern: /^unix_item_v\d+_utf8\.csv$/, example: 'unix_item_v460_utf8.csv' },
  mobility: { pattern: /^unix_rubrique_mobilite_v\d+_utf8\.csv$/, example: 'unix_rubrique_mobilite_v460_utf8.csv' },
  mapping: { pattern: /mapping_esco_rome.*\.csv$/i, example: 'FR_20230607_mapping_esco_rome.csv' },
  esco: { pattern: /^(esco_)?occupations_fr\.csv$/, example: 'occupations_fr.csv (or esco_occupations_fr.csv)' },
  nestaEsco: { pattern: /^mcc_risk_All_occupations\.csv$/, example: 'mcc_risk_All_occupations.csv' },
  nestaIsco: { pattern: /^mcc_risk_ISCO_4digit\.csv$/, example: 'mcc_risk_ISCO_4digit.csv' },
  freyOsborne: { pattern: /^frey_osborne.*\.csv$/i, example: 'frey_osborne_automation_risk_index_clean.csv (optional)' },
} as const;

type FileKey = keyof typeof IMPORT_FILES;

interface LoadedFile {
  name: string;
  text: string;
}

/** Reads every official file in `directory` and builds the catalogue; fails naming the file (and line) at fault. */
export function importDirectory(directory: string): Catalogue {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw new ImportFileError(directory, undefined, 'not a directory');
  }
  const names = readdirSync(directory).sort();
  const find = (key: FileKey): LoadedFile | undefined => {
    const name = names.find((candidate) => IMPORT_FILES[key].pattern.test(candidate));
    return name ? { name, text: readFileSync(join(directory, name), 'utf8') } : undefined;
  };
  const need = (key: FileKey): LoadedFile => {
    const file = find(key);
    if (!file) throw new ImportFileError(directory, undefined, `missing ${IMPORT_FILES[key].example}`);
    return file;
  };

  const fiches = need('fiches');
  const versionDigits = IMPORT_FILES.fiches.pattern.exec(fiches.name)?.[1] ?? '0';
  const rome = readRome({ fiches, jobTitles: need('jobTitles'), items: need('items'), fichesItems: need('fichesItems'), mobility: need('mobility') });
  const mappingFile = need('mapping');
  const escoFile = need('esco');
  const freyOsborneFile = find('freyOsborne');
  return buildCatalogue({
    rome,
    romeVersion: `${versionDigits.slice(0, 1)}.${versionDigits.slice(1) || '0'}`,
    mapping: readEscoRomeMapping(mappingFile.name, mappingFile.text),
    esco: readEscoOccupations(escoFile.name, escoFile.text),
    nesta: readNestaRisk(need('nestaEsco'), need('nestaIsco')),
    freyOsborne: freyOsborneFile ? readFreyOsborne(freyOsborneFile.name, freyOsborneFile.text) : null,
  });
}
