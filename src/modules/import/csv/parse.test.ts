import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../decode.js';
import { exampleCsv } from '../formats.js';
import { detectDelimiter, parseCsv } from './parse.js';

describe('parseCsv', () => {
  it('numbers lines as in the file, across quoted line breaks and blank lines', () => {
    const content = 'unit_code,name\r\nA,"Første\r\nlinje"\r\n\r\nB,Anden\r\n  \r\nC,Tredje';
    const parsed = parseCsv('units', content);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.line, r.values.unit_code, r.values.name])).toEqual([
      [2, 'A', 'Første\r\nlinje'],
      [5, 'B', 'Anden'],
      [7, 'C', 'Tredje'],
    ]);
    expect(parsed.total).toBe(3);
  });

  it('reads semicolons, a byte order mark and Danish headers in any case', () => {
    const parsed = parseCsv(
      'people',
      '\uFEFFMedarbejdernummer;NAVN;E-mail;Stilling;Enhedskode;Rolle\n1;Åse Ørum;a@b.dk;Pædagog;U1;leder\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]!.values).toEqual({
      employee_number: '1',
      name: 'Åse Ørum',
      email: 'a@b.dk',
      job_title: 'Pædagog',
      unit_code: 'U1',
      role: 'leder',
    });
  });

  it('reports unknown, duplicate and missing columns on line 1, and a file without a header', () => {
    const parsed = parseCsv('units', 'unit_code,navn,name,colour\nA,x,y,red\n');
    expect(parsed.errors.map((e) => [e.line, e.reason, e.field])).toEqual([
      [1, 'duplicate_column', 'name'],
      [1, 'unknown_columns', 'colour'],
    ]);
    expect(parseCsv('people', 'employee_number,name\n1,x\n').errors.map((e) => [e.reason, e.field])).toEqual([
      ['missing_column', 'unit_code'],
    ]);
    expect(parseCsv('units', '1,2,3\n4,5,6\n').errors.map((e) => e.reason)).toEqual(['no_header']);
    expect(parseCsv('units', '').errors.map((e) => e.reason)).toEqual(['no_header']);
    expect(parseCsv('units', 'unit_code,name\r\n\r\n').errors.map((e) => [e.line, e.reason])).toEqual([
      [1, 'no_rows'],
    ]);
  });

  it('reports an unclosed quotation mark and extra fields as malformed lines', () => {
    const parsed = parseCsv('units', 'unit_code,name\nA,B,C\nD,E\nF,"open\n');
    expect(parsed.errors.map((e) => [e.line, e.reason])).toEqual([
      [2, 'malformed_line'],
      [4, 'malformed_line'],
    ]);
    expect(parsed.rows.map((r) => r.values.unit_code)).toEqual(['D']);
  });

  it('detects the separator from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('\n\na,b,c\n')).toBe(',');
  });

  it('parses the example files it offers for download', () => {
    for (const locale of ['da', 'en'] as const) {
      expect(parseCsv('units', exampleCsv('units', locale)).errors).toEqual([]);
      const people = parseCsv('people', exampleCsv('people', locale));
      expect(people.errors).toEqual([]);
      expect(people.rows).toHaveLength(4);
    }
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const utf8 = new TextEncoder().encode('navn\nÆble Østergård\n');
    expect(decodeCsvBytes(utf8)).toEqual({ text: 'navn\nÆble Østergård\n', encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeCsvBytes(bom).text).toBe('navn\nÆble Østergård\n');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Blåbær;Ørn – €" in Windows-1252
    const bytes = new Uint8Array([
      0x42, 0x6c, 0xe5, 0x62, 0xe6, 0x72, 0x3b, 0xd8, 0x72, 0x6e, 0x20, 0x96, 0x20, 0x80,
    ]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Blåbær;Ørn – €', encoding: 'windows-1252' });
  });
});
