import Papa from 'papaparse';
import { COLUMNS, normaliseHeader } from '../formats.js';
import type { ImportKind, ImportLineError } from '../answers.js';

export interface CsvRow {
  /** The line in the file where the row starts; the header is line 1. */
  line: number;
  /** Trimmed values by canonical column name; a column missing from the file reads as ''. */
  values: Record<string, string>;
}

export interface ParsedCsv {
  rows: CsvRow[];
  /** Canonical names of the columns the file has. */
  columns: Set<string>;
  /** Problems with the file as a whole or with a line's shape; field problems come later. */
  errors: ImportLineError[];
  /** Data lines in the file, blank lines not counted. */
  total: number;
}

/** Danish Excel writes semicolons, most other tools commas; the header line tells which. */
export function detectDelimiter(content: string): ';' | ',' {
  const firstLine =
    content
      .slice(0, 10_000)
      .split(/\r\n|\n|\r/)
      .find((l) => l.trim() !== '') ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

interface RawRow {
  line: number;
  cells: string[];
  malformed: boolean;
}

function readRows(content: string, delimiter: string): RawRow[] {
  const rows: RawRow[] = [];
  let line = 1;
  let pos = 0;
  let start = 0;
  let newline = '\n';
  Papa.parse<string[]>(content, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      if (result.meta.linebreak === '\r') newline = '\r';
      // A row starts where the previous one ended; count the line breaks up to there.
      for (; pos < start; pos++) if (content[pos] === newline) line++;
      const cells = result.data;
      if (cells.some((c) => c.trim() !== '')) {
        rows.push({ line, cells, malformed: result.errors.some((e) => e.type === 'Quotes') });
      }
      start = result.meta.cursor;
    },
  });
  return rows;
}

/** Parses a file of `kind`: maps its header to the format's columns and returns its data rows. */
export function parseCsv(kind: ImportKind, text: string): ParsedCsv {
  const content = text.replace(/^\uFEFF/, '');
  const errors: ImportLineError[] = [];
  const raw = readRows(content, detectDelimiter(content));
  const header = raw.shift();
  if (!header) {
    return {
      rows: [],
      columns: new Set(),
      total: 0,
      errors: [{ line: 1, reason: 'no_header', message: 'The file is empty' }],
    };
  }

  const defs = COLUMNS[kind];
  const byHeader = new Map<string, string>();
  for (const def of defs) for (const h of [def.name, ...def.aliases]) byHeader.set(h, def.name);

  // index in the row → canonical column; empty header cells (a trailing separator) are ignored
  const mapping: { index: number; column: string }[] = [];
  const columns = new Set<string>();
  const unknown: string[] = [];
  header.cells.forEach((cell, index) => {
    const normalised = normaliseHeader(cell);
    if (normalised === '') return;
    const column = byHeader.get(normalised);
    if (!column) {
      unknown.push(cell.trim());
    } else if (columns.has(column)) {
      errors.push({
        line: header.line,
        field: column,
        reason: 'duplicate_column',
        message: `The column ${column} appears twice`,
      });
    } else {
      columns.add(column);
      mapping.push({ index, column });
    }
  });

  if (columns.size === 0) {
    const expected = defs.map((d) => d.name).join(', ');
    errors.push({
      line: header.line,
      reason: 'no_header',
      message: `The first line must name the columns: ${expected}`,
    });
    return { rows: [], columns, errors, total: raw.length };
  }
  for (const name of unknown) {
    errors.push({
      line: header.line,
      field: name,
      reason: 'unknown_columns',
      message: `Unknown column "${name}"`,
    });
  }
  for (const def of defs) {
    if (def.required && !columns.has(def.name)) {
      errors.push({
        line: header.line,
        field: def.name,
        reason: 'missing_column',
        message: `The column ${def.name} is missing`,
      });
    }
  }

  if (raw.length === 0) {
    errors.push({ line: header.line, reason: 'no_rows', message: 'The file has no lines below the header' });
  }
  const rows: CsvRow[] = [];
  for (const row of raw) {
    const extra = row.cells.slice(header.cells.length).some((cell) => cell.trim() !== '');
    if (row.malformed || extra) {
      errors.push({
        line: row.line,
        reason: 'malformed_line',
        message: row.malformed
          ? 'A quotation mark is not closed'
          : 'The line has more fields than the header',
      });
      continue;
    }
    const values: Record<string, string> = {};
    for (const def of defs) values[def.name] = '';
    for (const { index, column } of mapping) values[column] = (row.cells[index] ?? '').trim();
    rows.push({ line: row.line, values });
  }
  return { rows, columns, errors, total: raw.length };
}
