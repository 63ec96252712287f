import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Real server processes for the tests that are about processes: the data-dir lock, start-up errors. */

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The environment a child process gets: only PATH and HOME of ours, never a DATABASE_URL. */
export function childEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Exited {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Spawned {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exited: Promise<Exited>;
}

/**
 * Starts `src/server/main.ts` through tsx as one process (so its pid is the one in the lock),
 * with a clean environment: only PATH and HOME are inherited, never a DATABASE_URL.
 */
export function spawnServer(env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'development',
      JOBS: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<Exited>((resolve) => {
    child.on('exit', (code, signal) => {
      // Let the pipes drain so the last lines are in the output.
      setTimeout(() => resolve({ code, signal, stdout, stderr }), 50);
    });
  });
  return { child, output: () => ({ stdout, stderr }), exited };
}

export interface RunningServer extends Spawned {
  url: string;
  stop: () => Promise<Exited>;
}

/** Starts a server on a free port and waits until it answers; fails with its output if it exits. */
export async function startServer(env: Record<string, string>, timeoutMs = 90_000): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const spawned = spawnServer({ PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url, ...env });
  let exited: Exited | null = null;
  void spawned.exited.then((e) => (exited = e));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited)
      throw new Error(
        `The server exited (${(exited as Exited).code}):\n${spawned.output().stdout}\n${spawned.output().stderr}`,
      );
    if (spawned.output().stdout.includes('MUP is running')) {
      return {
        ...spawned,
        url,
        stop: async () => {
          if (!exited) spawned.child.kill('SIGTERM');
          return spawned.exited;
        },
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  spawned.child.kill('SIGKILL');
  throw new Error(
    `The server did not start in ${timeoutMs} ms:\n${spawned.output().stdout}\n${spawned.output().stderr}`,
  );
}

/** A small HTTP client that keeps the session cookie and sends the CSRF header, like the web app. */
export class ApiClient {
  private cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  async request(method: string, apiPath: string, body?: unknown): Promise<{ status: number; json: any }> {
    const headers: Record<string, string> = { origin: this.baseUrl };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('mup_csrf');
    if (csrf) headers['x-csrf-token'] = csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}/api${apiPath}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  }

  /** Points the same cookies at another server (the same data after a restart). */
  moveTo(baseUrl: string): ApiClient {
    const moved = new ApiClient(baseUrl);
    moved.cookies = new Map(this.cookies);
    return moved;
  }
}
