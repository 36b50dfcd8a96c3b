import { join, resolve } from 'node:path';
import { commonEnv, dataDir, loadConfig } from '@phoenix/config';
import { migrateSchema, openDatabase } from '@phoenix/db';
import { AUBE_MIGRATIONS } from '../migrations.js';
import { ImportFileError } from './csv.js';
import { formatReport, runImport } from './run.js';
import { SEED_FILE } from './seed.js';

const USAGE = `Usage: npm run aube:import -- <directory> [--dry-run] [--write-seed]

Loads the official ROME 4.0, ESCO–ROME, ESCO, Nesta and Frey & Osborne files found in
<directory> into the aube catalogue (DATABASE_URL, else the embedded database in .data/;
stop \`npm start\` first when it uses the embedded one).
  --dry-run      read and check the files, print the figures, write nothing
  --write-seed   also rewrite subgraphs/aube/seed/catalogue.json.br from this import`;

const args = process.argv.slice(2);
const directory = args.find((arg) => !arg.startsWith('--'));
const unknown = args.filter((arg) => arg.startsWith('--') && !['--dry-run', '--write-seed'].includes(arg));
if (!directory || unknown.length > 0 || args.includes('--help')) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(64);
}
const dryRun = args.includes('--dry-run');
const env = loadConfig('aube:import', commonEnv);

const database = dryRun ? undefined : await openDatabase({ url: env.DATABASE_URL, dataDir: join(dataDir(env), 'pglite') });
try {
  if (database) await migrateSchema(database, AUBE_MIGRATIONS);
  const outcome = await runImport(database?.db, resolve(directory), { dryRun, ...(args.includes('--write-seed') ? { writeSeedTo: SEED_FILE } : {}) });
  process.stdout.write(`${formatReport(outcome.catalogue.report, outcome.catalogue.dataVersion)}\n`);
  if (outcome.seedBytes !== undefined) process.stdout.write(`Seed written: ${SEED_FILE} (${Math.round(outcome.seedBytes / 1024)} KB)\n`);
  if (dryRun) process.stdout.write('Dry run: nothing was written to the database.\n');
} catch (error) {
  if (!(error instanceof ImportFileError)) throw error;
  process.stderr.write(`Import failed: ${error.message}\n`);
  process.exitCode = 1;
} finally {
  await database?.close();
}
