import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A local SMTP server that keeps every message it receives, for tests that check what MUP
 * really sends. Start it, point SMTP_URL (config.smtpUrl) at `sink.url`, run the job worker,
 * then read `sink.mails` or `await sink.waitFor(...)`.
 *
 * The messages are parsed here (headers, encoded words, quoted-printable and base64,
 * multipart) so tests can assert on the decoded subject, text and calendar part.
 */

export interface MimePart {
  /** Header names in lower case, values unfolded and decoded. */
  headers: Record<string, string>;
  contentType: string;
  params: Record<string, string>;
  /** The decoded body of a leaf part; '' for a multipart container. */
  body: string;
  children: MimePart[];
}

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  raw: string;
  headers: Record<string, string>;
  subject: string;
  from: string;
  to: string;
  /** The first text/plain part, decoded. */
  text: string | null;
  html: string | null;
  /** The first text/calendar part, decoded (calendar invitations). */
  calendar: string | null;
  /** Every leaf part, in order. */
  parts: MimePart[];
}

export interface SmtpSink {
  url: string;
  port: number;
  mails: ReceivedMail[];
  /** Resolves with the first mail (already received or arriving) that matches. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const waiters: { match: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void }[] = [];

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        const mail = { envelope, ...parseMail(Buffer.concat(chunks)) };
        mails.push(mail);
        for (const waiter of [...waiters]) {
          if (waiter.match(mail)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(mail);
          }
        }
        callback();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails,
    waitFor(match, timeoutMs = 5000) {
      const found = mails.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching mail within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Parses a raw RFC 5322 message into its decoded headers and parts. */
export function parseMail(raw: Buffer | string): Omit<ReceivedMail, 'envelope'> {
  // latin1 keeps one character per byte, so charsets are applied only where a part declares one.
  const binary =
    typeof raw === 'string' ? Buffer.from(raw, 'utf8').toString('latin1') : raw.toString('latin1');
  const root = parsePart(binary);
  const parts = leaves(root);
  const first = (type: string) => parts.find((p) => p.contentType === type && !isAttachment(p))?.body ?? null;
  return {
    raw: Buffer.from(binary, 'latin1').toString('utf8'),
    headers: root.headers,
    subject: root.headers.subject ?? '',
    from: root.headers.from ?? '',
    to: root.headers.to ?? '',
    text: first('text/plain'),
    html: first('text/html'),
    calendar: first('text/calendar') ?? parts.find((p) => p.contentType === 'text/calendar')?.body ?? null,
    parts,
  };
}

const isAttachment = (p: MimePart) => /^attachment/i.test(p.headers['content-disposition'] ?? '');

function leaves(part: MimePart): MimePart[] {
  return part.children.length ? part.children.flatMap(leaves) : [part];
}

function parsePart(binary: string): MimePart {
  const split = binary.search(/\r?\n\r?\n/);
  const head = split === -1 ? binary : binary.slice(0, split);
  const body = split === -1 ? '' : binary.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = parseHeaders(head);
  const [contentType, params] = parseHeaderValue(headers['content-type'] ?? 'text/plain; charset=us-ascii');

  if (contentType.startsWith('multipart/') && params.boundary) {
    return {
      headers,
      contentType,
      params,
      body: '',
      children: splitMultipart(body, params.boundary).map(parsePart),
    };
  }
  const bytes = decodeTransfer(body, (headers['content-transfer-encoding'] ?? '7bit').toLowerCase());
  const charset = (params.charset ?? 'utf-8').toLowerCase();
  return { headers, contentType, params, body: decodeCharset(bytes, charset), children: [] };
}

function parseHeaders(head: string): Record<string, string> {
  const headers: Record<string, string> = {};
  // Unfold: a line starting with white space continues the previous header.
  const lines = head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!(name in headers)) headers[name] = decodeEncodedWords(line.slice(colon + 1).trim());
  }
  return headers;
}

/** `text/plain; charset="utf-8"` → ['text/plain', { charset: 'utf-8' }]. */
function parseHeaderValue(value: string): [string, Record<string, string>] {
  const [type = '', ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq === -1) continue;
    params[param.slice(0, eq).trim().toLowerCase()] = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return [type.trim().toLowerCase(), params];
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  const sections = body.split(new RegExp(`\\r?\\n?${escapeRegExp(delimiter)}`));
  // sections[0] is the preamble; a section starting with "--" is the closing delimiter.
  for (const section of sections.slice(1)) {
    if (section.startsWith('--')) break;
    parts.push(section.replace(/^[ \t]*\r?\n/, ''));
  }
  return parts;
}

function decodeTransfer(body: string, encoding: string): Buffer {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

function decodeQuotedPrintable(body: string): Buffer {
  const soft = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function decodeCharset(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

/** RFC 2047: `=?UTF-8?Q?Ny_adgangskode?=` and `=?UTF-8?B?...?=`; adjacent words join without space. */
function decodeEncodedWords(value: string): string {
  // Header values may also carry raw UTF-8 (SMTPUTF8); encoded words themselves are ASCII.
  const text = /[\x80-\xff]/.test(value) ? decodeCharset(Buffer.from(value, 'latin1'), 'utf-8') : value;
  return text
    .replace(/(\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, charset: string, kind: string, word: string) => {
      const bytes =
        kind.toUpperCase() === 'B'
          ? Buffer.from(word, 'base64')
          : decodeQuotedPrintable(word.replace(/_/g, ' '));
      return decodeCharset(bytes, charset.toLowerCase());
    });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
