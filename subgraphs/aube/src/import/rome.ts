import type { ItemKind } from './catalogue.js';
import { field, ImportFileError, OGR_CODE, readCsv, ROME_CODE, type CsvRow } from './csv.js';

export interface RomeFiche {
  code: string;
  title: string;
  parentCode: string | null;
  greenTransition: string | null;
  digitalTransition: 'O' | 'N';
}

export interface RomeData {
  fiches: RomeFiche[];
  /** ogr → code of the fiche the job title belongs to, with its label. */
  jobTitles: Map<number, { code: string; label: string }>;
  items: Map<number, { label: string; kind: ItemKind }>;
  /** code → [ogr, core] */
  fichesItems: Map<string, [number, 0 | 1 | 2][]>;
  /** code → [target, rank] */
  mobility: Map<string, [string, number][]>;
}

export interface RomeFiles {
  fiches: { name: string; text: string };
  jobTitles: { name: string; text: string };
  items: { name: string; text: string };
  fichesItems: { name: string; text: string };
  mobility: { name: string; text: string };
}

const ITEM_KINDS: Record<string, ItemKind> = { '1': 'savoir_faire', '2': 'savoir_etre', '3': 'savoir', '': 'contexte' };
const CORE: Record<string, 0 | 1 | 2> = { '': 0, Principale: 1, 'Émergente': 2 };

/** Reads the ROME 4.0 export (France Travail's `unix_*_utf8.csv` files) and checks their references. */
export function readRome(files: RomeFiles): RomeData {
  const fiches = readCsv(files.fiches.name, files.fiches.text, {
    columns: ['code_rome', 'libelle_rome', 'transition_eco', 'transition_num', 'code_rome_parent'],
  }).map((row) => readFiche(row));
  const codes = new Set(fiches.map((fiche) => fiche.code));
  for (const fiche of fiches) {
    if (fiche.parentCode && !codes.has(fiche.parentCode)) {
      throw new ImportFileError(files.fiches.name, undefined, `fiche ${fiche.code} names an unknown parent fiche ${fiche.parentCode}`);
    }
  }
  const knownFiche = (row: CsvRow, column: string): string => {
    const code = field(row, column, ROME_CODE, 'a ROME code');
    if (!codes.has(code)) throw new ImportFileError(row.file, row.line, `column ${column}: fiche ${code} is not in ${files.fiches.name}`);
    return code;
  };

  const jobTitles = new Map<number, { code: string; label: string }>();
  for (const row of readCsv(files.jobTitles.name, files.jobTitles.text, { columns: ['code_ogr', 'libelle_appellation_long', 'code_rome'] })) {
    const ogr = Number(field(row, 'code_ogr', OGR_CODE, 'an OGR code'));
    const label = field(row, 'libelle_appellation_long', /\S/, 'a job title');
    jobTitles.set(ogr, { code: knownFiche(row, 'code_rome'), label });
  }

  const items = new Map<number, { label: string; kind: ItemKind }>();
  for (const row of readCsv(files.items.name, files.items.text, { columns: ['code_ogr', 'libelle', 'code_rubrique'] })) {
    const ogr = Number(field(row, 'code_ogr', OGR_CODE, 'an OGR code'));
    const kind = ITEM_KINDS[field(row, 'code_rubrique', /^[123]?$/, 'a rubrique (1, 2, 3 or empty)')] as ItemKind;
    items.set(ogr, { label: field(row, 'libelle', /\S/, 'an item label').replace(/\s+/g, ' '), kind });
  }

  const fichesItems = new Map<string, [number, 0 | 1 | 2][]>();
  for (const row of readCsv(files.fichesItems.name, files.fichesItems.text, { columns: ['code_rome', 'code_ogr', 'coeur_metier'] })) {
    const code = knownFiche(row, 'code_rome');
    const ogr = Number(field(row, 'code_ogr', OGR_CODE, 'an OGR code'));
    if (!items.has(ogr)) throw new ImportFileError(row.file, row.line, `column code_ogr: item ${ogr} is not in ${files.items.name}`);
    const core = CORE[field(row, 'coeur_metier', /^(|Principale|Émergente)$/, 'empty, Principale or Émergente')] ?? 0;
    pushTo(fichesItems, code, [ogr, core]);
  }

  const mobility = new Map<string, [string, number][]>();
  for (const row of readCsv(files.mobility.name, files.mobility.text, { columns: ['code_rome', 'code_rome_cible', 'numero_ordre'] })) {
    const code = knownFiche(row, 'code_rome');
    const target = knownFiche(row, 'code_rome_cible');
    pushTo(mobility, code, [target, Number(field(row, 'numero_ordre', /^\d{1,3}$/, 'a rank'))]);
  }
  return { fiches, jobTitles, items, fichesItems, mobility };
}

function readFiche(row: CsvRow): RomeFiche {
  const code = field(row, 'code_rome', ROME_CODE, 'a ROME code');
  const parent = field(row, 'code_rome_parent', /^([A-N]\d{4})?$/, 'a ROME code or empty');
  return {
    code,
    title: field(row, 'libelle_rome', /\S/, 'a title'),
    parentCode: parent && parent !== code ? parent : null,
    greenTransition: field(row, 'transition_eco') || null,
    digitalTransition: field(row, 'transition_num') === 'O' ? 'O' : 'N',
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
