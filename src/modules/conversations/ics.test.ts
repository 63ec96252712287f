import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, formatUtc, parseIcs, type IcsEvent } from './ics.js';

const event = (overrides: Partial<IcsEvent> = {}): IcsEvent => ({
  method: 'REQUEST',
  uid: 'abc@mup.test',
  sequence: 0,
  start: new Date('2026-12-01T09:00:00Z'),
  end: new Date('2026-12-01T09:45:00Z'),
  stamp: new Date('2026-11-22T10:11:12.345Z'),
  summary: '1:1-samtale med Søren Ørsted',
  description: 'Forbered dagsordenen her: https://mup.test/conversations/1',
  organizer: { name: 'Bo Leder', email: 'bo@example.dk' },
  attendees: [
    { name: 'Bo Leder', email: 'bo@example.dk' },
    { name: 'Søren Ørsted', email: 'soren@example.dk' },
  ],
  ...overrides,
});

describe('ics', () => {
  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('Mødelokale 2: "Æblet"')).toBe('Mødelokale 2: "Æblet"');
  });

  it('folds at 75 octets, never inside a Danish letter, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'æøå'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    // No replacement characters: every part is whole UTF-8.
    for (const part of parts) expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('writes UTC times in basic form', () => {
    expect(formatUtc(new Date('2026-03-29T01:30:05.999Z'))).toBe('20260329T013005Z');
  });

  it('builds a VCALENDAR with CRLF lines, a method, a stable uid and the people', () => {
    const ics = buildIcs(
      event({ location: 'Kontoret; 1. sal, bag køkkenet', description: 'Linje 1\nLinje 2' }),
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const props = parseIcs(ics);
    const value = (name: string) => props.find((p) => p.name === name)?.value;
    expect(props[0]).toEqual({ name: 'BEGIN', params: '', value: 'VCALENDAR' });
    expect(props.at(-1)).toEqual({ name: 'END', params: '', value: 'VCALENDAR' });
    expect(value('VERSION')).toBe('2.0');
    expect(value('METHOD')).toBe('REQUEST');
    expect(value('UID')).toBe('abc@mup.test');
    expect(value('SEQUENCE')).toBe('0');
    expect(value('DTSTART')).toBe('20261201T090000Z');
    expect(value('DTEND')).toBe('20261201T094500Z');
    expect(value('DTSTAMP')).toBe('20261122T101112Z');
    expect(value('SUMMARY')).toBe('1:1-samtale med Søren Ørsted');
    expect(value('LOCATION')).toBe('Kontoret\\; 1. sal\\, bag køkkenet');
    expect(value('DESCRIPTION')).toBe('Linje 1\\nLinje 2');
    expect(value('STATUS')).toBe('CONFIRMED');
    const organizer = props.find((p) => p.name === 'ORGANIZER')!;
    expect(organizer).toMatchObject({ params: 'CN="Bo Leder"', value: 'mailto:bo@example.dk' });
    const attendees = props.filter((p) => p.name === 'ATTENDEE');
    expect(attendees.map((a) => a.value)).toEqual(['mailto:bo@example.dk', 'mailto:soren@example.dk']);
    expect(attendees[1]!.params).toContain('CN="Søren Ørsted"');
  });

  it('cancels with the same uid, a higher sequence and STATUS:CANCELLED', () => {
    const props = parseIcs(buildIcs(event({ method: 'CANCEL', sequence: 2 })));
    const value = (name: string) => props.find((p) => p.name === name)?.value;
    expect(value('METHOD')).toBe('CANCEL');
    expect(value('UID')).toBe('abc@mup.test');
    expect(value('SEQUENCE')).toBe('2');
    expect(value('STATUS')).toBe('CANCELLED');
  });

  it('keeps quotes and line breaks out of a name in a parameter', () => {
    const ics = buildIcs(event({ organizer: { name: 'Bo "Chefen"\nLeder', email: 'bo@example.dk' } }));
    expect(parseIcs(ics).find((p) => p.name === 'ORGANIZER')!.params).toBe('CN="Bo ChefenLeder"');
  });
});
