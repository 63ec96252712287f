import crypto from 'node:crypto';
import { CliError } from './connection.js';
import { gzipLines } from './format.js';

/*
 * A backup's last line is its integrity check: a digest over every byte before it (the
 * uncompressed lines, each with its newline). Without a key it is a SHA-256: it finds a damaged,
 * cut or carelessly edited file, but whoever can edit the file can also write a new SHA-256.
 * With BACKUP_KEY it is an HMAC-SHA256 under that key, which the file does not hold: an edit by
 * anyone without the key is found. The restore checks it before it writes anything, and again
 * over the lines it loads, before it commits.
 */

export const INTEGRITY_MARKER = '{"$":"integrity"';

export interface Integrity {
  $: 'integrity';
  algorithm: 'sha256' | 'hmac-sha256';
  /** Names the key (a hash of it) so a restore with another key can say so; null for sha256. */
  keyId: string | null;
  digest: string;
}

export const keyIdOf = (key: string) =>
  crypto.createHash('sha256').update(`mup-backup-key\n${key}`).digest('hex').slice(0, 12);

/** Hashes the lines of a backup as they are written or read. */
export class BackupDigest {
  private readonly hash: crypto.Hash | crypto.Hmac;

  constructor(private readonly key: string | undefined) {
    this.hash = key ? crypto.createHmac('sha256', key) : crypto.createHash('sha256');
  }

  add(line: string) {
    this.hash.update(`${line}\n`);
  }

  /** The trailer line for a backup being written. */
  trailer(): Integrity {
    return {
      $: 'integrity',
      algorithm: this.key ? 'hmac-sha256' : 'sha256',
      keyId: this.key ? keyIdOf(this.key) : null,
      digest: this.hash.digest('hex'),
    };
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

const changed = (file: string, how: string) =>
  new CliError(`The backup ${file} has been changed since it was made (${how}); nothing was restored.`);

/**
 * Reads the whole file and checks its trailer, before anything is written. With a key, only a
 * file signed with that key passes; without one, a signed file is refused (it needs its key) and
 * an unsigned one is checked by its SHA-256. Returns the digest, for the second check on load.
 */
export async function verifyBackup(file: string, key: string | undefined): Promise<string> {
  // One pass, one line behind: every line but the last goes into both digests.
  const sha = new BackupDigest(undefined);
  const hmac = key ? new BackupDigest(key) : null;
  let last: string | null = null;
  try {
    for await (const line of gzipLines(file)) {
      if (last !== null) {
        sha.add(last);
        hmac?.add(last);
      }
      last = line;
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code?.startsWith('Z_'))
      throw new CliError(`The backup file ${file} is damaged or cut off; nothing was restored.`);
    throw err;
  }
  let trailer: Integrity | null = null;
  if (last?.startsWith(INTEGRITY_MARKER)) {
    try {
      trailer = JSON.parse(last) as Integrity;
    } catch {
      throw changed(file, 'its integrity line cannot be read');
    }
  }
  if (!trailer)
    throw new CliError(
      `The backup ${file} has no integrity check at its end: it is cut off, or was changed. Nothing was restored.`,
    );
  if (trailer.algorithm === 'hmac-sha256' && !key)
    throw new CliError(
      `The backup ${file} is signed (key ${trailer.keyId}). Set BACKUP_KEY to the key it was made with to restore it.`,
    );
  if (trailer.algorithm !== 'hmac-sha256' && key)
    throw new CliError(
      `The backup ${file} is not signed, and BACKUP_KEY is set: only backups signed with that key are restored. ` +
        `If you trust this file, restore it without BACKUP_KEY.`,
    );
  if (key && trailer.keyId !== keyIdOf(key))
    throw new CliError(
      `The backup ${file} is signed with another key (key ${trailer.keyId}; BACKUP_KEY is key ${keyIdOf(key)}); nothing was restored.`,
    );
  const computed = (hmac ?? sha).digest();
  if (typeof trailer.digest !== 'string' || !timingSafeEqualHex(computed, trailer.digest))
    throw changed(file, key ? 'its signature does not match BACKUP_KEY' : 'its SHA-256 does not match');
  return computed;
}

export function timingSafeEqualHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
