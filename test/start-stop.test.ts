import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, REPO_ROOT, childEnv, freePort, type Exited } from './server-process.js';

/**
 * The probe's findings about starting and stopping, in real processes as a service manager runs
 * them: SIGTERM to `npm start` left tsx and the server running, holding the port and the lock;
 * and a refused second start rebuilt the web app under the running server first.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-start-stop-'));
const dataDir = path.join(dir, 'data');
const LEADER = 'lone.mikkelsen@demo.mup.dk';
const PASSWORD = 'demo-mup-2024';

interface Started {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  exited: Promise<Exited>;
}

function start(command: 'npm start' | 'node', port: number, env: Record<string, string> = {}): Started {
  const url = `http://127.0.0.1:${port}`;
  const [file, args] =
    command === 'npm start' ? ['npm', ['start']] : [process.execPath, ['dist/server/main.js']];
  const child = spawn(file, args as string[], {
    cwd: REPO_ROOT,
    env: childEnv({
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      JOBS: 'false',
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<Exited>((resolve) =>
    child.on('exit', (code, signal) =>
      setTimeout(() => resolve({ code, signal, stdout: output, stderr: '' }), 50),
    ),
  );
  return { child, url, port, output: () => output, exited };
}

async function running(s: Started, timeoutMs = 150_000) {
  const deadline = Date.now() + timeoutMs;
  while (!s.output().includes('MUP is running')) {
    if (s.child.exitCode !== null || Date.now() > deadline) throw new Error(`Did not start:\n${s.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const lockFile = path.join(dataDir, 'mup.lock');
const lockHolder = () => Number(fs.readFileSync(lockFile, 'utf8'));

async function signedInLeader(url: string) {
  const client = new ApiClient(url);
  expect((await client.request('POST', '/auth/sign-in', { email: LEADER, password: PASSWORD })).status).toBe(
    200,
  );
  return client;
}

/**
 * Sends feedback in a burst and the signal as soon as some of it is acknowledged, so requests are
 * in flight when the stop begins; returns the texts the server acknowledged (201).
 */
async function writesDuringStop(url: string, stop: () => void): Promise<string[]> {
  const client = await signedInLeader(url);
  const led = (await client.request('GET', '/feedback/recipients')).json.led as { id: string }[];
  const acknowledged: string[] = [];
  const sends = Array.from({ length: 30 }, async (_, i) => {
    await new Promise((r) => setTimeout(r, i * 15));
    const text = `Tak for i dag, nr. ${i} (${Date.now()})`;
    try {
      const res = await client.request('POST', '/feedback', {
        toPersonId: led[0]!.id,
        kind: 'recognition',
        text,
      });
      if (res.status === 201) acknowledged.push(text);
      if (acknowledged.length === 5) stop();
    } catch {
      // Refused once the server stopped taking connections: not acknowledged.
    }
  });
  await Promise.all(sends);
  return acknowledged;
}

async function givenFeedback(url: string): Promise<string[]> {
  const client = await signedInLeader(url);
  const res = await client.request('GET', '/feedback?direction=given');
  expect(res.status).toBe(200);
  return (res.json.feedback as { text: string }[]).map((f) => f.text);
}

beforeAll(() => {
  // What a deployment does once; `npm start` then finds the build and does not build again.
  const built = spawnSync('npm', ['run', '-s', 'build'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: childEnv({}),
  });
  expect(built.status, built.stderr).toBe(0);
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('starting and stopping as a service manager does', () => {
  let acknowledged: string[] = [];

  it('SIGTERM to `npm start` stops the server in order: port and lock released, acknowledged writes kept', async () => {
    const server = start('npm start', await freePort(), { DEMO: 'true' });
    await running(server);
    // npm runs the built server with node through exec: the lock's holder is npm's own child.
    const serverPid = lockHolder();
    expect(serverPid).not.toBe(server.child.pid);
    expect(fs.readFileSync(`/proc/${serverPid}/cmdline`, 'utf8')).toContain('dist/server/main.js');
    expect(fs.readFileSync(`/proc/${serverPid}/status`, 'utf8')).toMatch(
      new RegExp(`PPid:\\s+${server.child.pid}\\b`),
    );

    acknowledged = await writesDuringStop(server.url, () => server.child.kill('SIGTERM'));
    expect(acknowledged.length).toBeGreaterThanOrEqual(5);
    const exited = await server.exited;
    expect(exited.code === 0 || exited.signal === 'SIGTERM', server.output()).toBe(true);
    expect(server.output()).toContain('SIGTERM: stopping');
    expect(server.output()).toContain('Stopped');
    expect(isAlive(serverPid)).toBe(false);
    expect(await portIsFree(server.port)).toBe(true);
    expect(fs.existsSync(lockFile)).toBe(false);
  }, 300_000);

  it('SIGTERM to the node server itself does the same, and what was acknowledged before is there', async () => {
    const server = start('node', await freePort());
    await running(server);
    expect(lockHolder()).toBe(server.child.pid);
    expect(await givenFeedback(server.url)).toEqual(expect.arrayContaining(acknowledged));

    const more = await writesDuringStop(server.url, () => server.child.kill('SIGTERM'));
    const exited = await server.exited;
    expect(exited.code, server.output()).toBe(0);
    expect(await portIsFree(server.port)).toBe(true);
    expect(fs.existsSync(lockFile)).toBe(false);

    const again = start('node', await freePort());
    await running(again);
    expect(await givenFeedback(again.url)).toEqual(expect.arrayContaining([...acknowledged, ...more]));
    again.child.kill('SIGTERM');
    expect((await again.exited).code).toBe(0);
  }, 300_000);

  it('a refused second start leaves the running server’s web app alone, and builds nothing', async () => {
    const server = start('node', await freePort());
    await running(server);
    const index = await (await fetch(`${server.url}/`)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index)![1]!;
    const webBefore = fs.realpathSync(path.join(REPO_ROOT, 'dist', 'web'));
    const buildsBefore = fs.readdirSync(path.join(REPO_ROOT, 'dist', 'builds')).sort();

    const failures: string[] = [];
    let probing = true;
    const probe = (async () => {
      while (probing) {
        for (const p of ['/', asset]) {
          const res = await fetch(`${server.url}${p}`);
          await res.arrayBuffer();
          if (res.status !== 200) failures.push(`${p} ${res.status}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const second = start('npm start', await freePort());
    const refused = await second.exited;
    probing = false;
    await probe;
    expect(refused.code).toBe(2);
    expect(second.output()).toContain(`is in use by another MUP process (pid ${server.child.pid})`);
    expect(second.output()).not.toContain('Building MUP');
    expect(failures).toEqual([]);
    expect(fs.realpathSync(path.join(REPO_ROOT, 'dist', 'web'))).toBe(webBefore);
    expect(fs.readdirSync(path.join(REPO_ROOT, 'dist', 'builds')).sort()).toEqual(buildsBefore);

    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  }, 300_000);
});
