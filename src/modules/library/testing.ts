// Helpers for the library tests (not used by the app).
import type { TestEnv } from '../../../test/engines.js';
import { buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { conversationParticipants, conversations } from '../conversations/schema.js';

/** A package as HR would write it: a title, a summary and a body with headings and a list. */
export const pkg = (over: Record<string, unknown> = {}) => ({
  kind: 'reflection',
  title: 'Gode samtaler i teamet',
  summary: 'Sådan forbereder I en samtale, hvor alle kommer til orde.',
  body: '## Før samtalen\n\nAftal en dagsorden, og **send den ud** i god tid.\n\n## Under\n\n- Lyt\n- Spørg',
  tags: ['samtale', 'team'],
  ...over,
});

/** Calls the API as a person; plans a team conversation in Solsikken with its leader and Dorthe. */
export function libraryApi(env: () => TestEnv) {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await as(who), body });

  async function teamConversation(o: Awaited<ReturnType<typeof buildTwoLayerOrg>>) {
    const db = env().database.db;
    const team = await buildTeam(db, o.org, { unit: o.units.instA, members: [o.employeeA, o.colleagueA] });
    const [conversation] = await db
      .insert(conversations)
      .values({
        orgId: o.org.id,
        kind: 'team',
        teamId: team.id,
        startsAt: new Date(Date.now() + 7 * 86_400_000),
        status: 'planned',
        calendarUid: `uid-${team.id}`,
      })
      .returning();
    await db.insert(conversationParticipants).values([
      { orgId: o.org.id, conversationId: conversation!.id, personId: o.leaderA.id, role: 'leader' },
      { orgId: o.org.id, conversationId: conversation!.id, personId: o.employeeA.id, role: 'participant' },
    ]);
    return { team, conversation: conversation! };
  }

  return { req, teamConversation };
}
