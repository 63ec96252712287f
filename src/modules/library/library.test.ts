import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildTwoLayerOrg } from '../../../test/factories.js';
import { libraryApi, pkg } from './testing.js';

describeEachEngine('the library', (env) => {
  const { req } = libraryApi(env);

  it('everyone in the organisation reads built-in and own packages; HR and leaders write; others get 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const list = await req(o.employeeA, 'GET', '/library/packages');
    expect(list.status).toBe(200);
    expect(list.json.can).toEqual({ write: false });
    expect(list.json.packages.map((p: { builtInKey: string }) => p.builtInKey)).toContain(
      'sense-making-leader',
    );
    expect(
      list.json.packages.find((p: { builtInKey: string }) => p.builtInKey === 'good-colleague').title,
    ).toBe('Den gode kollega');

    // An employee reads but does not write.
    const refused = await req(o.employeeA, 'POST', '/library/packages', pkg());
    expect(refused.status).toBe(403);

    const created = await req(o.hr, 'POST', '/library/packages', pkg());
    expect(created.status).toBe(201);
    const id = created.json.package.id;
    expect(created.json.package).toMatchObject({ version: 1, can: { edit: true }, builtInKey: null });
    expect(created.json.package.html).toContain('<strong>send den ud</strong>');

    const read = await req(o.employeeB, 'GET', `/library/packages/${id}`);
    expect(read.status).toBe(200);
    expect(read.json.package.can).toEqual({ edit: false });

    // A leader writes their own and edits only those; HR edits every package.
    const mine = await req(o.leaderA, 'POST', '/library/packages', pkg({ title: 'Ledelsens materiale' }));
    expect(mine.status).toBe(201);
    const leaderEdit = await req(o.leaderB, 'PUT', `/library/packages/${mine.json.package.id}`, {
      ...pkg(),
      version: 1,
      changeNote: 'Rettet',
    });
    expect(leaderEdit.status).toBe(403);
    expect(
      (await req(o.leaderA, 'PUT', `/library/packages/${id}`, { ...pkg(), version: 1, changeNote: 'x' }))
        .status,
    ).toBe(403);
    const hrEdit = await req(o.hr, 'PUT', `/library/packages/${mine.json.package.id}`, {
      ...pkg({ title: 'Ledelsens materiale' }),
      version: 1,
      changeNote: 'Stavefejl rettet',
    });
    expect(hrEdit.status).toBe(200);

    // Another organisation: not there at all.
    const other = await buildOrg(env().database.db);
    const stranger = await buildPerson(env().database.db, other, { name: 'Fremmed' });
    expect((await req(stranger, 'GET', `/library/packages/${id}`)).status).toBe(404);
    expect(
      (await req(stranger, 'GET', '/library/packages')).json.packages.some(
        (p: { id: string }) => p.id === id,
      ),
    ).toBe(false);
    const strangerSearch = await req(stranger, 'GET', '/library/search?q=samtale');
    expect(
      strangerSearch.json.results.filter((r: { package: { id: string | null } }) => r.package.id),
    ).toEqual([]);
    expect((await req(o.hr, 'GET', '/library/built-in/no-such-package')).status).toBe(404);
  });

  it('every edit is a new version with a note; a stale edit is refused; the change is shown line by line', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const id = (await req(o.hr, 'POST', '/library/packages', pkg())).json.package.id;
    const v2 = await req(o.hr, 'PUT', `/library/packages/${id}`, {
      ...pkg({ body: pkg().body.replace('- Spørg', '- Spørg nysgerrigt') }),
      version: 1,
      changeNote: 'Tilføjet nysgerrighed',
    });
    expect(v2.status).toBe(200);
    expect(v2.json.package.version).toBe(2);
    expect(
      v2.json.package.versions.map((v: { version: number; changeNote: string | null }) => [
        v.version,
        v.changeNote,
      ]),
    ).toEqual([
      [2, 'Tilføjet nysgerrighed'],
      [1, null],
    ]);
    const stale = await req(o.hr, 'PUT', `/library/packages/${id}`, {
      ...pkg(),
      version: 1,
      changeNote: 'Gammel',
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.reason).toBe('stale_version');
    const noNote = await req(o.hr, 'PUT', `/library/packages/${id}`, {
      ...pkg(),
      version: 2,
      changeNote: '',
    });
    expect(noNote.status).toBe(400);

    const change = await req(o.employeeA, 'GET', `/library/packages/${id}/changes?from=1&to=2`);
    expect(change.status).toBe(200);
    expect(change.json.change.lines).toEqual(
      expect.arrayContaining([
        { op: 'removed', text: '- Spørg' },
        { op: 'added', text: '- Spørg nysgerrigt' },
      ]),
    );
    expect((await req(o.employeeA, 'GET', `/library/packages/${id}/changes?from=2&to=1`)).status).toBe(400);
    expect((await req(o.employeeA, 'GET', `/library/packages/${id}/changes?from=1&to=9`)).status).toBe(400);
  });

  it('Danish search finds inflected forms, ranks title hits first and marks the words found', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    await req(o.hr, 'POST', '/library/packages', pkg({ title: 'Samtalen om trivsel' }));
    await req(
      o.hr,
      'POST',
      '/library/packages',
      pkg({ title: 'Noget andet', summary: 'Om møder.', body: 'Vi taler om en samtale engang.' }),
    );
    await req(
      o.hr,
      'POST',
      '/library/packages',
      pkg({ title: 'Cykler', summary: 'Om cykler.', body: 'Hjul og pedaler.' }),
    );

    const found = await req(o.employeeA, 'GET', `/library/search?q=${encodeURIComponent('samtaler')}`);
    expect(found.status).toBe(200);
    const titles = found.json.results.map((r: { package: { title: string } }) => r.package.title);
    expect(titles).toContain('Samtalen om trivsel');
    expect(titles).toContain('Noget andet');
    expect(titles).not.toContain('Cykler');
    expect(titles.indexOf('Samtalen om trivsel')).toBeLessThan(titles.indexOf('Noget andet'));
    const snippet = found.json.results.find(
      (r: { package: { title: string } }) => r.package.title === 'Noget andet',
    ).snippet;
    expect(snippet.filter((s: { hit: boolean }) => s.hit).map((s: { text: string }) => s.text)).toContain(
      'samtale',
    );

    // The built-ins are searched too, in the reader's language.
    const weick = await req(o.employeeA, 'GET', '/library/search?q=meningsskabende');
    expect(weick.json.results[0].package.builtInKey).toBe('sense-making-leader');

    // Bad input is a clear 400; a query of stop words or symbols only finds nothing, without an error.
    expect((await req(o.employeeA, 'GET', '/library/search?q=')).status).toBe(400);
    expect((await req(o.employeeA, 'GET', `/library/search?q=${'a'.repeat(201)}`)).status).toBe(400);
    const odd = await req(o.employeeA, 'GET', `/library/search?q=${encodeURIComponent('og & ! ( "')}`);
    expect(odd.status).toBe(200);
    expect(odd.json.results).toEqual([]);
  });

  it('markup in a package is rendered harmless, and search snippets are plain text', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const body = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      '[klik](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://example.org)',
      '![billede](https://evil.example/x.png)',
      '<a href="javascript:alert(4)">a</a> <iframe src="//evil"></iframe>',
      '**samtale** <b onmouseover="alert(5)">fed</b>',
    ].join('\n\n');
    const created = await req(
      o.hr,
      'POST',
      '/library/packages',
      pkg({ body, title: '<img src=x onerror=alert(6)>' }),
    );
    expect(created.status).toBe(201);
    const html: string = created.json.package.html;
    expect(html).not.toMatch(/<script|<img|<iframe|<a href="javascript|<b /i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(
      '<a href="https://example.org" rel="noopener noreferrer nofollow" target="_blank">ok</a>',
    );
    // The title is text the web shows as text, kept as written.
    expect(created.json.package.title).toBe('<img src=x onerror=alert(6)>');

    // Snippets are plain parts the screen shows as text; the hits are the words searched for.
    const found = await req(o.employeeA, 'GET', '/library/search?q=samtale');
    const parts = found.json.results.flatMap((r: { snippet: { text: string; hit: boolean }[] }) => r.snippet);
    expect(
      parts.filter((p: { hit: boolean }) => p.hit).map((p: { text: string }) => p.text.toLowerCase()),
    ).toEqual(expect.arrayContaining(['samtale']));
    for (const part of parts) expect(Object.keys(part).sort()).toEqual(['hit', 'text']);
    // Text the database cannot hold is a 400, not a 500.
    expect((await req(o.hr, 'POST', '/library/packages', pkg({ body: 'a\u0000b' }))).status).toBe(400);
    expect((await req(o.hr, 'POST', '/library/packages', pkg({ kind: 'poster' }))).status).toBe(400);
  });
});
