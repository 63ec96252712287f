import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { dateTimeField } from '../shared/fields.js';

/**
 * The only place that reads process.env (lint forbids it elsewhere). Every value is validated
 * at start-up, and each bad one is reported with its name and what it should be.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'must be development, production or test' })
    .default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number({ message: 'must be a number' }).int().min(1).max(200).default(20),
  PUBLIC_URL: z.url({ message: 'must be a full URL such as https://mup.example.dk' }).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_HOURS: z.coerce
    .number({ message: 'must be a number' })
    .min(1)
    .max(24 * 30)
    .default(12),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ message: 'must be a number' })
    .min(5)
    .max(24 * 60)
    .default(120),
  SESSION_REMEMBER_DAYS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(90).default(30),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('MUP <no-reply@mup.localhost>'),
  DEMO: bool.optional(),
  /** Adds a second tiny organisation beside the demo; used by the browser journeys. */
  DEMO_NEIGHBOUR: bool.default(false),
  /** Adds the browser journeys' own twin of the demo (Prøvekommune), so they never touch the README's. */
  DEMO_JOURNEYS: bool.default(false),
  SHOW_OUTBOX: bool.optional(),
  TRUST_PROXY: bool.default(false),
  /**
   * Sign-in attempts per client address and minute, on top of the per-account lockout. A whole
   * town hall or school can reach MUP through one address on a Monday morning.
   */
  SIGN_INS_PER_IP_PER_MINUTE: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(5)
    .max(10_000)
    .default(60),
  LOG_REQUESTS: bool.default(false),
  JOBS: bool.default(true),
  /** Signs backups (HMAC-SHA256) and makes restore accept only backups signed with it. */
  BACKUP_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * The master keys that wrap each organisation's key for private notes: base64 of 32 random
   * bytes each, separated by commas. The first wraps new keys; all unwrap (rotation).
   */
  NOTES_MASTER_KEYS: z
    .string()
    .refine(
      (v) => v.split(',').every((k) => Buffer.from(k.trim(), 'base64').length === 32),
      'must be keys of 32 random bytes in base64 (openssl rand -base64 32), separated by commas',
    )
    .optional(),
  /**
   * Tests of real server processes only (NODE_ENV=test): the server's clock starts at this instant
   * and runs on from there, so a test can start servers at, say, a Tuesday morning.
   */
  TEST_CLOCK: dateTimeField.optional(),
  /** Serve the web app from this directory instead of dist/web (the browser journeys' own build). */
  MUP_WEB_DIR: z.string().min(1).optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  publicUrl: string;
  sessionSecret: string;
  sessionHours: number;
  sessionIdleMinutes: number;
  /** A session the person asked this device to remember: its whole life, with no idle timeout. */
  sessionRememberDays: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  demo: boolean;
  demoNeighbour: boolean;
  demoJourneys: boolean;
  showOutbox: boolean;
  trustProxy: boolean;
  /** SIGN_INS_PER_IP_PER_MINUTE: the sign-in limiter's limit per client address. */
  signInsPerIpPerMinute: number;
  /** Where the built web app is, when not dist/web. */
  webDir?: string | undefined;
  logRequests: boolean;
  jobs: boolean;
  secureCookies: boolean;
  /** BACKUP_KEY: signs backups and is required to restore them (src/server/cli/integrity.ts). */
  backupKey: string | undefined;
  /** NOTES_MASTER_KEYS: the first wraps new organisation keys, all unwrap (src/server/crypto). */
  notesMasterKeys: string[];
  /** TEST_CLOCK (tests only): where the server's clock starts. */
  testClock?: Date | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `MUP cannot start; the configuration has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`,
    );
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty variables count as unset, the way shells and .env files usually mean them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      return `${name}=${JSON.stringify(cleaned[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && !e.SESSION_SECRET)
    problems.push('SESSION_SECRET: must be set in production (32+ random characters)');
  if (production && !e.PUBLIC_URL)
    problems.push('PUBLIC_URL: must be set in production (the address people open)');
  if (production && !e.NOTES_MASTER_KEYS)
    problems.push(
      'NOTES_MASTER_KEYS: must be set in production (openssl rand -base64 32), kept apart from the database',
    );
  if (e.TEST_CLOCK && e.NODE_ENV !== 'test') problems.push('TEST_CLOCK: only for tests (NODE_ENV=test)');
  if (production && e.SHOW_OUTBOX)
    problems.push('SHOW_OUTBOX: cannot be on in production (the outbox shows mail meant for others)');
  if (problems.length) throw new ConfigError(problems);

  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    publicUrl,
    sessionSecret:
      e.SESSION_SECRET ?? (e.NODE_ENV === 'test' ? 'test-secret-'.padEnd(40, 'x') : localSecret(e.DATA_DIR)),
    sessionHours: e.SESSION_HOURS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionRememberDays: e.SESSION_REMEMBER_DAYS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    demo: e.DEMO ?? !production,
    demoNeighbour: e.DEMO_NEIGHBOUR,
    demoJourneys: e.DEMO_JOURNEYS,
    // What MUP would have mailed, where it mails nothing: the demo and development.
    showOutbox: e.SHOW_OUTBOX ?? (!production && !e.SMTP_URL),
    trustProxy: e.TRUST_PROXY,
    signInsPerIpPerMinute: e.SIGN_INS_PER_IP_PER_MINUTE,
    webDir: e.MUP_WEB_DIR ? path.resolve(e.MUP_WEB_DIR) : undefined,
    logRequests: e.LOG_REQUESTS,
    jobs: e.JOBS,
    secureCookies: publicUrl.startsWith('https://'),
    backupKey: e.BACKUP_KEY,
    notesMasterKeys: e.NOTES_MASTER_KEYS
      ? e.NOTES_MASTER_KEYS.split(',').map((k) => k.trim())
      : [e.NODE_ENV === 'test' ? TEST_NOTES_MASTER_KEY : localSecret(e.DATA_DIR, 'notes-master-key')],
    testClock: e.TEST_CLOCK ? new Date(e.TEST_CLOCK) : undefined,
  };
}

/** The master key for private notes of the tests and the benchmark's generated data; never a deployment's. */
export const TEST_NOTES_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

/**
 * Outside production a secret is made once and kept beside the data, so sessions survive
 * restarts and private notes stay readable.
 */
function localSecret(dataDir: string, name = 'session-secret'): string {
  const file = path.resolve(dataDir, name);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

/** The server's clock: the real one, or in tests of server processes one started at TEST_CLOCK. */
export function serverClock(config: Config): () => Date {
  const start = config.testClock;
  if (!start) return () => new Date();
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

/** A configuration for tests, with overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', DEMO: 'false', JOBS: 'false' }), ...overrides };
}
