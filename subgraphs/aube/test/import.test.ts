import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { count } from 'drizzle-orm';
import { repoRoot } from '@phoenix/config';
import { createTestDatabase, migrateSchema } from '@phoenix/db';
import { occupations, occupationSimilarities } from '../src/db/schema.js';
import { ImportFileError } from '../src/import/csv.js';
import { importDirectory } from '../src/import/files.js';
import { formatReport, runImport } from '../src/import/run.js';
import { readSeed, seedSubset } from '../src/import/seed.js';
import { AUBE_MIGRATIONS } from '../src/migrations.js';
import { withLine, writeMiniFiles } from './fixtures.js';

const exec = promisify(execFile);
const OFFICIAL_DATA = resolve(repoRoot, '..', 'shared', 'data', 'occupations');

function officialData(): string {
  if (!existsSync(OFFICIAL_DATA)) {
    throw new Error(`The official occupation files are expected in ${OFFICIAL_DATA} (see docs/aube.md for the download URLs); this test cannot run without them.`);
  }
  return OFFICIAL_DATA;
}

function importError(directory: string): ImportFileError {
  try {
    importDirectory(directory);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('the import should have failed');
}

describe('importer on the official files', () => {
  it('loads at least 1,500 ROME fiches into the catalogue and reports direct, fallback and missing figures', async () => {
    const database = await createTestDatabase();
    try {
      await migrateSchema(database, AUBE_MIGRATIONS);
      const { catalogue } = await runImport(database.db, officialData());
      const { report } = catalogue;
      expect(report.fiches).toBeGreaterThanOrEqual(1_500);
      expect(report.direct + report.iscoFallback + report.parentFiche + report.none).toBe(report.fiches);
      expect(report.direct).toBeGreaterThan(1_000);
      expect(report.iscoFallback + report.parentFiche).toBeGreaterThan(0);
      expect(report.jobTitles).toBeGreaterThan(10_000);
      const [loaded] = await database.db.select({ n: count() }).from(occupations);
      expect(loaded?.n).toBe(report.fiches);
      const [similar] = await database.db.select({ n: count() }).from(occupationSimilarities);
      expect(similar?.n).toBeGreaterThan(report.fiches);
      expect(formatReport(report, catalogue.dataVersion)).toContain(
        `direct ${report.direct} · fallback ${report.iscoFallback + report.parentFiche} (ISCO group ${report.iscoFallback}, parent fiche ${report.parentFiche}) · none ${report.none}`,
      );
      expect(catalogue.dataVersion).toMatch(/^ROME v4\.60 · ESCO–ROME V1\.4 \(ESCO 1\.0\.9\) · Nesta MCC 2021/);
    } finally {
      await database.close();
    }
  }, 180_000);

  it('derives exactly the shipped seed, so the seed can be regenerated from the official files', () => {
    expect(seedSubset(importDirectory(officialData()))).toEqual(readSeed());
  }, 60_000);
});

describe('importer on the official formats', () => {
  it('derives a direct ESCO figure, an ISCO fallback, a parent-fiche figure and none', () => {
    const catalogue = importDirectory(writeMiniFiles());
    const figureOf = (code: string) => catalogue.occupations.find((occupation) => occupation.code === code)?.figure ?? null;
    expect(figureOf('J1501')).toMatchObject({ derivation: 'direct_esco', risk: 3.1, percentile: 0.25, freyOsborne: { probability: 0.47, socCodes: ['31-1014'] } });
    expect(figureOf('M1606')).toMatchObject({ derivation: 'isco_fallback', risk: 3.7, percentile: 1, matches: [{ kind: 'isco', id: '4132' }] });
    expect(figureOf('J1599')).toMatchObject({ derivation: 'parent_fiche', parentCode: 'J1501', risk: 3.1 });
    expect(figureOf('K1799')).toBeNull();
    expect(catalogue.report).toMatchObject({ fiches: 4, direct: 1, iscoFallback: 1, parentFiche: 1, none: 1, mappedJobTitles: 2 });
    expect(catalogue.items.find((item) => item.ogr === 102)).toEqual({ ogr: 102, label: 'Gestes d’urgence et de secours'.replace('’', "'"), kind: 'savoir' });
  });

  it.each([
    ['a fiche code', 'unix_referentiel_code_rome_v460_utf8.csv', 3, '"X12","2","2","Titre","","","","","","X12"', 'unix_referentiel_code_rome_v460_utf8.csv:3: column code_rome: "X12" is not a ROME code'],
    ['an item after a multi-line label', 'unix_item_v460_utf8.csv', 6, '"abc","En extérieur",""', 'unix_item_v460_utf8.csv:6: column code_ogr'],
    ['a quote left open', 'unix_coherence_item_v460_utf8.csv', 3, '"J1501","102,"', 'unix_coherence_item_v460_utf8.csv:'],
    ['a mapping relation below the metadata lines', 'FR_20230607_mapping_esco_rome.csv', 17, 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000001,x,10,y,skos:relatedMatch', 'FR_20230607_mapping_esco_rome.csv:17: column mapping relation'],
    ['a risk that is not a number', 'mcc_risk_ISCO_4digit.csv', 2, '4132,Data entry clerks,high,0.2,High risk', 'mcc_risk_ISCO_4digit.csv:2: column risk: "high" is not a number'],
    ['a mobility link to an unknown fiche', 'unix_rubrique_mobilite_v460_utf8.csv', 2, '"J1501","Z9999","1"', 'unix_rubrique_mobilite_v460_utf8.csv:2: column code_rome_cible'],
    ['a row with too many fields', 'mcc_risk_ISCO_4digit.csv', 2, '4132,Data entry clerks,3.7,0.2,High risk,extra', 'mcc_risk_ISCO_4digit.csv:2: malformed CSV'],
  ])('fails on %s, naming the file and the line', (_case, file, line, replacement, message) => {
    const error = importError(writeMiniFiles(withLine(file, line, replacement)));
    expect(error.message).toContain(message);
    expect(error.file).toBe(file);
  });

  it('fails naming a missing column or a missing file', () => {
    const noColumn = importError(writeMiniFiles(withLine('mcc_risk_ISCO_4digit.csv', 1, 'isco_code,isco_unit_group,prevalence')));
    expect(noColumn.message).toBe('mcc_risk_ISCO_4digit.csv:1: missing column(s) risk; found isco_code, isco_unit_group, prevalence');
    const noFile = importError(writeMiniFiles({ 'mcc_risk_All_occupations.csv': null }));
    expect(noFile.message).toContain('missing mcc_risk_All_occupations.csv');
  });

  it('prints the figures from `npm run aube:import -- <dir> --dry-run` and exits 1 with the faulty line', async () => {
    const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
    const cli = join(repoRoot, 'subgraphs', 'aube', 'src', 'import', 'cli.ts');
    const ok = await exec(tsx, [cli, writeMiniFiles(), '--dry-run']);
    expect(ok.stdout).toContain('Fiches loaded: 4');
    expect(ok.stdout).toContain('Automation figure: direct 1 · fallback 2 (ISCO group 1, parent fiche 1) · none 1');
    const failed = await exec(tsx, [cli, writeMiniFiles(withLine('mcc_risk_ISCO_4digit.csv', 2, '4132,x,9,0.2,Other')), '--dry-run']).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('Import failed: mcc_risk_ISCO_4digit.csv:2: column risk: 9 is outside 1–5');
  }, 60_000);
});
