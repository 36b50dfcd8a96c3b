import type { Database } from '@phoenix/db';
import type { Catalogue, ImportReport } from './catalogue.js';
import { importDirectory } from './files.js';
import { loadCatalogue } from './load.js';
import { seedSubset, writeSeed } from './seed.js';

export interface ImportOptions {
  /** Also rewrite the shipped seed from this import. */
  writeSeedTo?: string;
  /** Read and check the files without touching the database. */
  dryRun?: boolean;
}

export interface ImportOutcome {
  catalogue: Catalogue;
  /** Size in bytes of the rewritten seed, when asked for. */
  seedBytes?: number;
}

/** Imports the official files of `directory` into the catalogue (and optionally the seed). */
export async function runImport(db: Database | undefined, directory: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const catalogue = importDirectory(directory);
  if (!options.dryRun) {
    if (!db) throw new Error('a database is needed unless dryRun is set');
    await loadCatalogue(db, catalogue);
  }
  const seedBytes = options.writeSeedTo ? writeSeed(seedSubset(catalogue), options.writeSeedTo) : undefined;
  return { catalogue, ...(seedBytes === undefined ? {} : { seedBytes }) };
}

/** The figures `aube:import` prints: how many fiches got a direct, fallback or no risk figure. */
export function formatReport(report: ImportReport, dataVersion: string): string {
  const fallback = report.iscoFallback + report.parentFiche;
  return [
    `Data version: ${dataVersion}`,
    `Fiches loaded: ${report.fiches} (${report.jobTitles} job titles, ${report.items} items, ${report.occupationItems} fiche–item links, ${report.mobilityLinks} mobility links)`,
    `Automation figure: direct ${report.direct} · fallback ${fallback} (ISCO group ${report.iscoFallback}, parent fiche ${report.parentFiche}) · none ${report.none}`,
  ].join('\n');
}
