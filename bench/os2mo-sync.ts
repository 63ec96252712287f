/**
 * npm run bench:os2mo -- --engine=postgres|pglite|both [--people=50000] [--units=2500] [--changes=0.01]
 * Times an OS2mo sync against the fake OS2mo of the tests: the first sync of a municipality
 * (reading every page, then writing everything in one transaction) and a nightly sync after
 * `--changes` of the people changed (half leave, half move unit). Prints figures; asserts nothing.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { testConfig } from '../src/server/config.js';
import type { Db, Engine } from '../src/server/db/client.js';
import { organisations } from '../src/modules/org/schema.js';
import { os2moConnections, os2moRuns } from '../src/modules/os2mo/schema.js';
import { sealSecret } from '../src/modules/os2mo/source/secret.js';
import { continueRun } from '../src/modules/os2mo/sync/run.js';
import { FAKE_CLIENT_ID, FAKE_SECRET, startFakeOs2mo } from '../src/modules/os2mo/testing/fake-os2mo.js';
import { generatedMunicipality } from '../src/modules/os2mo/testing/world.js';
import { cleanupTarget, describeTarget, openTarget, prepareTarget } from './engines.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    people: { type: 'string', default: '50000' },
    units: { type: 'string', default: '2500' },
    changes: { type: 'string', default: '0.01' },
  },
});
const engines: Engine[] = values.engine === 'both' ? ['postgres', 'pglite'] : [values.engine as Engine];
const peopleCount = Number(values.people);
const unitCount = Number(values.units);
const config = testConfig();

async function timedRun(db: Db, orgId: string) {
  const [run] = await db.insert(os2moRuns).values({ orgId, mode: 'sync', status: 'fetching' }).returning();
  const started = performance.now();
  await continueRun(db, config, orgId, run!.id);
  const seconds = (performance.now() - started) / 1000;
  const [done] = await db
    .select()
    .from(os2moRuns)
    .where(sql`${os2moRuns.id} = ${run!.id}`);
  if (done!.status !== 'done') throw new Error(`the sync ended ${done!.status} (${done!.failure})`);
  return { seconds, pages: done!.pages, summary: done!.summary! };
}

for (const engine of engines) {
  const world = generatedMunicipality(peopleCount, unitCount);
  const os2mo = await startFakeOs2mo(world);
  const target = await prepareTarget(engine, console.log);
  const database = await openTarget(target);
  try {
    const db = database.db;
    const [org] = await db
      .insert(organisations)
      .values({ slug: 'os2mo-bench', name: 'OS2mo-kommune' })
      .returning();
    await db.insert(os2moConnections).values({
      orgId: org!.id,
      endpoint: `${os2mo.url}/graphql/v22`,
      clientId: FAKE_CLIENT_ID,
      ...sealSecret(config, org!.id, FAKE_SECRET),
    });
    const first = await timedRun(db, org!.id);
    console.log(
      `${describeTarget(target)}: first sync of ${peopleCount} people, ${unitCount} units: ${first.seconds.toFixed(1)} s ` +
        `(${first.pages} pages; ${first.summary.people.create} people, ${first.summary.units.create} units created)`,
    );

    // The night after: 1 % of the people changed, half of them gone, half in another unit.
    const changed = Math.round(peopleCount * Number(values.changes));
    // Leavers from the end (the first people hold the manager posts), movers from the middle.
    const leaving = new Set(world.employees.slice(-Math.floor(changed / 2)).map((e) => e.uuid));
    world.engagements = world.engagements.filter((e) => !leaving.has(e.person));
    const middle = Math.floor(world.engagements.length / 2);
    for (const e of world.engagements.slice(middle, middle + Math.ceil(changed / 2))) {
      e.unit = world.units[(world.units.findIndex((u) => u.uuid === e.unit) + 1) % unitCount]!.uuid;
    }
    const nightly = await timedRun(db, org!.id);
    const p = nightly.summary.people;
    console.log(
      `${describeTarget(target)}: nightly sync with ${changed} changed: ${nightly.seconds.toFixed(1)} s ` +
        `(${p.deactivated} deactivated, ${p.membershipsAdded} roles added, ${p.membershipsRemoved} removed, ${p.unchanged} unchanged)`,
    );
  } finally {
    await database.close();
    await cleanupTarget(target);
    await os2mo.close();
  }
}
