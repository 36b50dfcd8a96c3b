import type { MappingRelation } from './catalogue.js';
import { field, ImportFileError, OGR_CODE, readCsv } from './csv.js';

const ESCO_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/;
const RELATIONS: Record<string, MappingRelation> = {
  'skos:exactMatch': 'exact',
  'skos:closeMatch': 'close',
  'skos:broadMatch': 'broad',
  'skos:narrowMatch': 'narrow',
};

export interface EscoRomeMapping {
  /** `Mapping project version` and the ESCO version it maps, from the metadata lines. */
  version: string;
  escoVersion: string;
  /** One row per (ESCO occupation, ROME job title) pair. */
  links: { escoUri: string; jobTitleOgr: number; relation: MappingRelation }[];
}

export interface EscoOccupation {
  label: string;
  iscoGroup: string | null;
}

/**
 * Reads the official ESCO–ROME mapping: `key,value` metadata lines, a blank line, then the
 * table. The header is found by its first column rather than by counting lines.
 */
export function readEscoRomeMapping(name: string, text: string): EscoRomeMapping {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => /^"?classification 1 ID"?,/i.test(line));
  if (headerIndex < 0) throw new ImportFileError(name, undefined, 'no header line starting with "classification 1 ID"');
  const metadata = new Map<string, string>();
  lines.slice(0, headerIndex).forEach((line, index) => {
    if (line.trim() === '') return;
    const comma = line.indexOf(',');
    if (comma <= 0) throw new ImportFileError(name, index + 1, 'metadata lines must read "key,value"');
    metadata.set(line.slice(0, comma).trim(), line.slice(comma + 1).trim());
  });
  const rows = readCsv(name, lines.slice(headerIndex).join('\n'), {
    columns: ['classification 1 ID', 'classification 2 ID', 'mapping relation'],
    headerLine: headerIndex + 1,
  });
  const links = rows.map((row) => {
    const relation = RELATIONS[field(row, 'mapping relation', /^skos:(exact|close|broad|narrow)Match$/, 'a SKOS mapping relation')];
    return {
      escoUri: field(row, 'classification 1 ID', ESCO_URI, 'an ESCO occupation URI'),
      jobTitleOgr: Number(field(row, 'classification 2 ID', OGR_CODE, 'a ROME job title (OGR) code')),
      relation: relation as MappingRelation,
    };
  });
  return {
    version: metadata.get('Mapping project version') ?? 'unknown',
    escoVersion: metadata.get('Classification 1 Version') ?? 'unknown',
    links,
  };
}

/** Reads ESCO's occupations file (French labels) for each occupation's ISCO-08 unit group. */
export function readEscoOccupations(name: string, text: string): Map<string, EscoOccupation> {
  const occupations = new Map<string, EscoOccupation>();
  for (const row of readCsv(name, text, { columns: ['conceptUri', 'iscoGroup', 'preferredLabel'] })) {
    const uri = field(row, 'conceptUri', ESCO_URI, 'an ESCO occupation URI');
    const isco = field(row, 'iscoGroup', /^(\d{4})?$/, 'a four-digit ISCO-08 group or empty');
    occupations.set(uri, { label: field(row, 'preferredLabel', /\S/, 'a label'), iscoGroup: isco || null });
  }
  return occupations;
}
