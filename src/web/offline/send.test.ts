import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendWrite } from './send';
import type { QueuedWrite } from './queue';

// What a queued write becomes from each kind of answer: sent, refused with the server's reason
// (the text stays with the write), or still waiting (no connection, session over, server trouble).
const write: Omit<QueuedWrite, 'seq' | 'createdAt'> = {
  personId: 'p1',
  key: 'a1b2c3d4e5f60718',
  kind: 'feedback',
  method: 'POST',
  path: '/feedback',
  body: { text: 'Godt gået i garderoben' },
  text: 'Godt gået i garderoben',
  from: '/feedback/new',
};

const answer = (status: number, body: unknown) =>
  vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

beforeEach(() => {
  vi.stubGlobal('document', { cookie: 'mup_csrf=token123' });
  vi.stubGlobal('window', { setTimeout: () => 0, clearTimeout: () => undefined });
});
afterEach(() => vi.unstubAllGlobals());

describe('sending a queued write', () => {
  it('sends its key, the CSRF token and the body as written', async () => {
    const fetch = answer(201, { feedback: { id: 'f1' } });
    vi.stubGlobal('fetch', fetch);
    expect(await sendWrite(write)).toEqual({
      outcome: 'sent',
      status: 201,
      data: { feedback: { id: 'f1' } },
    });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/feedback');
    expect(init.headers).toMatchObject({ 'idempotency-key': write.key, 'x-csrf-token': 'token123' });
    expect(JSON.parse(init.body as string)).toEqual(write.body);
  });

  it('a refusal comes back with the server’s error', async () => {
    const error = { error: { code: 'CONFLICT', reason: 'round_closed', message: 'The round is closed' } };
    vi.stubGlobal('fetch', answer(409, error));
    expect(await sendWrite(write)).toEqual({ outcome: 'refused', status: 409, data: error });
  });

  it('a circle save that collided field by field is refused, though the answer is a 200', async () => {
    const saved = { circle: {}, conflicts: [{ phase: 'plan', field: 'focus', mine: 'a', theirs: 'b' }] };
    vi.stubGlobal('fetch', answer(200, saved));
    expect((await sendWrite(write)).outcome).toBe('refused');
    vi.stubGlobal('fetch', answer(200, { circle: {}, conflicts: [] }));
    expect((await sendWrite(write)).outcome).toBe('sent');
  });

  it('waits when there is no connection, the session is over or the server is in trouble', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await sendWrite(write)).toEqual({ outcome: 'waiting' });
    for (const status of [401, 429, 500, 503]) {
      vi.stubGlobal('fetch', answer(status, { error: { code: 'INTERNAL', message: 'x' } }));
      expect(await sendWrite(write)).toEqual({ outcome: 'waiting', status });
    }
  });
});
