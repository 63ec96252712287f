import { once } from 'node:events';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { MigrationLevel, SequenceValue } from './catalog.js';
import type { Integrity } from './integrity.js';

/**
 * The backup file: gzipped JSON lines, readable by either engine. Every line is one JSON value;
 * marker lines carry a "$" key (no column is named so), all others are rows as row_to_json
 * wrote them. Tables come parents first, so a restore inserts them in file order.
 *
 *   {"$":"mup-backup","version":1,"createdAt":…,"engine":…,"migrations":{count,lastMillis,lastHash}}
 *   {"$":"table","name":"organisations","columns":["id",…]}
 *   {…one row…}
 *   {"$":"end-table","name":"organisations","rows":3}
 *   …
 *   {"$":"sequences","values":[{"name":"jobs_id_seq","lastValue":"12","isCalled":true}]}
 *   {"$":"end","tables":14,"rows":1234}
 *   {"$":"integrity","algorithm":"hmac-sha256","keyId":…,"digest":…}   (integrity.ts; since format 2)
 */
export const FORMAT = 'mup-backup';
export const FORMAT_VERSION = 2;
/** Format 1 (before the integrity line) still restores, but only without BACKUP_KEY. */
export const UNCHECKED_FORMAT_VERSION = 1;

export interface Header {
  $: typeof FORMAT;
  version: number;
  createdAt: string;
  engine: string;
  migrations: MigrationLevel;
}
export interface TableStart {
  $: 'table';
  name: string;
  columns: string[];
}
export interface TableEnd {
  $: 'end-table';
  name: string;
  rows: number;
}
export interface Sequences {
  $: 'sequences';
  values: SequenceValue[];
}
export interface End {
  $: 'end';
  tables: number;
  rows: number;
}
export type Marker = Header | TableStart | TableEnd | Sequences | End | Integrity;

export interface LineWriter {
  write(line: string): Promise<void>;
  end(): Promise<void>;
  abort(): Promise<void>;
}

export function gzipLineWriter(file: string): LineWriter {
  const gzip = zlib.createGzip();
  // A backup holds personal data: readable by its owner only.
  const done = pipeline(gzip, fs.createWriteStream(file, { mode: 0o600 }));
  return {
    async write(line) {
      if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
    },
    async end() {
      gzip.end();
      await done;
    },
    async abort() {
      gzip.destroy();
      await done.catch(() => undefined);
    },
  };
}

/** The file's lines, one at a time; a damaged or cut-off file rejects. */
export async function* gzipLines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  input.on('error', (err) => gunzip.destroy(err));
  input.pipe(gunzip);
  gunzip.setEncoding('utf8');
  let buffered = '';
  for await (const chunk of gunzip as AsyncIterable<string>) {
    const lines = (buffered + chunk).split('\n');
    buffered = lines.pop()!;
    yield* lines;
  }
  if (buffered) yield buffered;
}
