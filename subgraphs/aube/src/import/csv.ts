import { parse } from 'csv-parse/sync';

/** A problem in one of the imported files, named by file and line so it can be fixed. */
export class ImportFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(line === undefined ? `${file}: ${detail}` : `${file}:${line}: ${detail}`);
    this.name = 'ImportFileError';
  }
}

/** One data row, with the line it starts on (1-based, in the whole file). */
export interface CsvRow {
  file: string;
  line: number;
  values: Readonly<Record<string, string>>;
}

export interface ReadCsvOptions {
  /** Columns the file must have; others are ignored. */
  columns: readonly string[];
  /** Line number of the header within the file, when text before it was cut off. */
  headerLine?: number;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number; empty_lines: number };
}

interface CsvParseError extends Error {
  code?: string;
  lines?: number;
}

/** Parses CSV text with a header row; every malformed line fails with its line number. */
export function readCsv(file: string, text: string, options: ReadCsvOptions): CsvRow[] {
  const offset = (options.headerLine ?? 1) - 1;
  let records: ParsedRecord[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as ParsedRecord[];
  } catch (error) {
    const failure = error as CsvParseError;
    const line = typeof failure.lines === 'number' ? failure.lines + offset : undefined;
    throw new ImportFileError(file, line, `malformed CSV (${failure.code ?? 'parse error'}): ${failure.message.replace(/ (at|on) line \d+.*$/s, '')}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new ImportFileError(file, options.headerLine ?? 1, 'the file is empty');
  const names = header.record.map((name) => name.trim());
  const missing = options.columns.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new ImportFileError(file, header.info.lines + offset, `missing column(s) ${missing.join(', ')}; found ${names.join(', ')}`);
  }
  const result: CsvRow[] = [];
  let previousEnd = header.info.lines;
  let previousEmpty = header.info.empty_lines;
  for (const { record, info } of rows) {
    // Skipped blank lines sit between the previous record and this one.
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty) + offset;
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    if (record.length !== names.length) throw new ImportFileError(file, line, `malformed CSV: ${record.length} fields where the header has ${names.length}`);
    const values: Record<string, string> = {};
    names.forEach((name, index) => {
      values[name] = (record[index] ?? '').trim();
    });
    result.push({ file, line, values });
  }
  return result;
}

/** The value of `column`, checked against `pattern`; fails naming the file, line and column. */
export function field(row: CsvRow, column: string, pattern?: RegExp, expected?: string): string {
  const value = row.values[column] ?? '';
  if (pattern && !pattern.test(value)) {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    throw new ImportFileError(row.file, row.line, `column ${column}: "${shown}" is not ${expected ?? `matching ${pattern.source}`}`);
  }
  return value;
}

/** A decimal number within [min, max]; fails naming the file, line and column. */
export function numberField(row: CsvRow, column: string, min: number, max: number): number {
  const raw = field(row, column, /^-?\d+(\.\d+)?([eE]-?\d+)?$/, 'a number');
  const value = Number(raw);
  if (value < min || value > max) throw new ImportFileError(row.file, row.line, `column ${column}: ${raw} is outside ${min}–${max}`);
  return value;
}

export const ROME_CODE = /^[A-N]\d{4}$/;
export const OGR_CODE = /^\d{1,9}$/;
