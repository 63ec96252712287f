import crypto from 'node:crypto';
import type { Db } from '../../server/db/client.js';
import { writeAudit } from '../../server/audit/write.js';
import { auditEvents } from '../../server/audit/schema.js';
import { frameItems, frames } from '../framing/schema.js';
import { goalEvents, goals } from '../goals/schema.js';
import { inquiries, inquiryCollaborators, inquiryRevisions } from '../inquiry/schema.js';
import { agendaItems, agreements, conversationParticipants, conversations } from '../conversations/schema.js';
import { feedback, feedbackReplies } from '../feedback/schema.js';
import { learningCircle } from '../inquiry/index.js';
import type { DemoUnitKey } from './data.js';
import { circleData, DAY, day, local, QUIET, LEADERLESS, workday } from './activity-parts.js';
import * as T from './activity-texts.js';
import { demoFrames, demoSubjects } from './activity-frames.js';

/*
 * A plausible year in the demo organisation, written as the services would have left it: frames
 * published per institution, goals with their status history and learning circles at every phase,
 * held 1:1s (agenda, notes, summary, agreements), planned ones, feedback with replies — on both
 * leader layers. With `quietAccounts` (the journeys' twin) the accounts the browser journeys sign
 * in with start clean: no goal in focus, nothing planned, no open agreement, only history before
 * this month; Sofie Andersen has none. Without it (the README's demo) everyone lives the year.
 */

export async function seedDemoActivity(
  db: Db,
  orgId: string,
  unitIds: Map<DemoUnitKey, string>,
  personIds: Map<string, string>,
  now = new Date(),
  { quietAccounts = false }: { quietAccounts?: boolean } = {},
) {
  const id = () => crypto.randomUUID();
  const pid = (name: string) => personIds.get(name)!;
  const today = day(now);
  const monthStart = new Date(`${today.slice(0, 8)}01T00:00:00Z`);
  // Quiet accounts' history ends well before this month, whatever the time zone.
  const histEnd = new Date(monthStart.getTime() - 4 * DAY);
  const yearStart = new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth() - 11, 1));

  const rows = {
    frames: [] as (typeof frames.$inferInsert)[],
    items: [] as (typeof frameItems.$inferInsert)[],
    goals: [] as (typeof goals.$inferInsert)[],
    goalEvents: [] as (typeof goalEvents.$inferInsert)[],
    circles: [] as (typeof inquiries.$inferInsert)[],
    revisions: [] as (typeof inquiryRevisions.$inferInsert)[],
    collaborators: [] as (typeof inquiryCollaborators.$inferInsert)[],
    talks: [] as (typeof conversations.$inferInsert)[],
    participants: [] as (typeof conversationParticipants.$inferInsert)[],
    agenda: [] as (typeof agendaItems.$inferInsert)[],
    agreements: [] as (typeof agreements.$inferInsert)[],
    feedback: [] as (typeof feedback.$inferInsert)[],
    replies: [] as (typeof feedbackReplies.$inferInsert)[],
    reads: [] as (typeof auditEvents.$inferInsert)[],
  };

  const published = new Date(yearStart.getTime() + 7 * DAY);
  const frameItemIds = demoFrames(rows, { orgId, unitIds, pid, id, yearStart, published });
  const subjects = demoSubjects(quietAccounts);
  const quiet = (name: string) => quietAccounts && QUIET.has(local(name));
  const colleagueOf = (s: (typeof subjects)[number], i: number) => {
    const same = subjects.filter((o) => o.unit === s.unit && o.name !== s.name && !quiet(o.name));
    return same.length ? same[i % same.length]! : null;
  };

  subjects.forEach((s, i) => {
    const me = pid(s.name);
    const isQuiet = quiet(s.name);
    const pairQuiet = isQuiet || (s.leader !== null && quiet(s.leader));
    const latest = isQuiet ? histEnd : now;
    const pool = T.DEMO_GOALS[s.sector];
    const items = frameItemIds.get(s.sector) ?? [];
    const hour = 8 + (i % 4);

    const addGoal = (
      n: number,
      created: Date,
      status: 'in_focus' | 'achieved' | 'put_aside',
      statusAt: Date | null,
      circlePhase: number | null,
      deadline: Date | null,
    ) => {
      const text = pool[(i + n) % pool.length]!;
      const goalId = id();
      const reason =
        status === 'achieved'
          ? T.DEMO_REASONS.achieved[i % 2]!
          : status === 'put_aside'
            ? T.DEMO_REASONS.putAside[i % 2]!
            : null;
      const source = n === 2 ? 'leader_evaluation' : 'practice';
      rows.goals.push({
        id: goalId,
        orgId,
        subjectPersonId: me,
        frameItemId: items.length ? items[(i + n) % items.length]! : null,
        title: text.title,
        why: text.why,
        progressSigns: text.signs,
        source,
        status,
        statusReason: reason,
        createdBy: me,
        version: statusAt ? 3 : 2,
        createdAt: created,
        updatedAt: statusAt ?? created,
      });
      rows.goalEvents.push({
        orgId,
        goalId,
        actorId: me,
        fromStatus: null,
        toStatus: 'in_focus',
        at: created,
      });
      if (statusAt)
        rows.goalEvents.push({
          orgId,
          goalId,
          actorId: me,
          fromStatus: 'in_focus',
          toStatus: status,
          reason,
          at: statusAt,
        });
      if (circlePhase === null) return goalId;
      const circleId = id();
      const { data, changes } = circleData(text, circlePhase);
      const started = new Date(created.getTime() + 3 * DAY);
      const saved = new Date(
        Math.min((statusAt ?? latest).getTime() - DAY, started.getTime() + (20 + circlePhase * 12) * DAY),
      );
      const done = circlePhase >= 6;
      rows.circles.push({
        id: circleId,
        orgId,
        form: 'learning_circle',
        subjectPersonId: me,
        goalId,
        sequence: 1,
        deadline: deadline ? day(deadline) : null,
        status: done ? 'done' : 'open',
        data,
        version: 2,
        createdBy: me,
        createdAt: started,
        updatedAt: saved,
        finishedAt: done ? saved : null,
      });
      rows.revisions.push({
        orgId,
        inquiryId: circleId,
        version: 1,
        actorId: me,
        changes: { fields: [], done: [], deadline: { from: null, to: deadline ? day(deadline) : null } },
        at: started,
      });
      const doneMarks = learningCircle.phases
        .filter((p) => data.phases[p.key]!.done)
        .map((p) => ({ phase: p.key, done: true }));
      rows.revisions.push({
        orgId,
        inquiryId: circleId,
        version: 2,
        actorId: me,
        changes: { fields: changes, done: doneMarks },
        at: saved,
      });
      const colleague = colleagueOf(s, i);
      if (!isQuiet && colleague && i % 4 === 1)
        rows.collaborators.push({
          orgId,
          inquiryId: circleId,
          personId: pid(colleague.name),
          createdAt: started,
        });
      return goalId;
    };

    // An earlier goal: achieved with a finished circle, or put aside.
    const firstCreated = new Date(published.getTime() + (10 + (i % 25)) * DAY);
    const aside = i % 3 === 2;
    addGoal(
      0,
      firstCreated,
      aside ? 'put_aside' : 'achieved',
      new Date(firstCreated.getTime() + (aside ? 70 : 110) * DAY),
      aside ? null : 6,
      null,
    );
    // Now: one (some have two) in focus with a circle at some phase; the quiet accounts' are over.
    const planned =
      pairQuiet || !s.leader ? null : workday(new Date(now.getTime() + (9 + (i % 24)) * DAY), hour);
    const currentCreated = new Date(latest.getTime() - (50 + (i % 40)) * DAY);
    const currentGoal = isQuiet
      ? addGoal(1, currentCreated, 'achieved', new Date(histEnd.getTime() - 6 * DAY), 6, null)
      : addGoal(1, currentCreated, 'in_focus', null, i % 6, planned ?? new Date(now.getTime() + 21 * DAY));
    if (!isQuiet && i % 4 === 0) addGoal(2, new Date(now.getTime() - 20 * DAY), 'in_focus', null, null, null);

    // 1:1s with the nearest leader: held through the year, and the next one planned.
    const offsets = i % 2 ? [250, 160, 75, 14] : [210, 120, 40];
    const held = offsets
      .map((o) => workday(new Date((pairQuiet ? histEnd : now).getTime() - (o + (i % 7)) * DAY), hour))
      .filter((d) => d > published && s.leader !== null);
    /** Days before `d`, but never after now: a planned 1:1 was created and prepared in the past. */
    const earlier = (d: Date, days: number) =>
      new Date(Math.min(d.getTime() - days * DAY, now.getTime() - 60_000));
    const talk = (startsAt: Date, isHeld: boolean, n: number) => {
      const talkId = id();
      const leader = pid(s.leader!);
      rows.talks.push({
        id: talkId,
        orgId,
        kind: 'one_to_one',
        startsAt,
        durationMinutes: 30,
        location: n % 2 ? 'Kontoret' : null,
        status: isHeld ? 'held' : 'planned',
        sharedNotes: isHeld ? T.DEMO_NOTES[s.sector][(i + n) % 3]! : '',
        summary: isHeld ? T.DEMO_SUMMARIES[(i + n) % T.DEMO_SUMMARIES.length]! : '',
        calendarUid: `${talkId}@demo.mup.dk`,
        createdBy: leader,
        version: isHeld ? 4 : 1,
        heldAt: isHeld ? new Date(startsAt.getTime() + 30 * 60_000) : null,
        createdAt: earlier(startsAt, 14),
        updatedAt: isHeld ? new Date(startsAt.getTime() + 40 * 60_000) : earlier(startsAt, 14),
      });
      rows.participants.push(
        { orgId, conversationId: talkId, personId: leader, role: 'leader' },
        { orgId, conversationId: talkId, personId: me, role: 'subject' },
      );
      const at = earlier(startsAt, 3);
      rows.agenda.push({
        orgId,
        conversationId: talkId,
        authorId: me,
        section: 'goals',
        text: `Status på mit mål: ${pool[(i + (n < 2 ? 0 : 1)) % pool.length]!.title}`,
        done: isHeld,
        createdAt: at,
      });
      if (n % 2 === 0)
        rows.agenda.push({
          orgId,
          conversationId: talkId,
          authorId: me,
          section: 'big_and_small',
          text: T.DEMO_BIG_AND_SMALL[(i + n) % T.DEMO_BIG_AND_SMALL.length]!,
          done: isHeld,
          createdAt: at,
        });
      if (!isHeld) return;
      // The leader read up on the person the day before: "who has viewed my record" shows it.
      rows.reads.push({
        orgId,
        at: earlier(startsAt, 1),
        actorId: leader,
        action: 'development.read',
        entityType: 'person',
        entityId: me,
        subjectPersonId: me,
      });
      const last = n === held.length - 1;
      for (let k = 0; k < (n % 2 ? 1 : 2); k += 1) {
        // The employee's agreement first; the second is the leader's own part of it.
        const texts = k === 1 ? T.DEMO_LEADER_AGREEMENTS : T.DEMO_AGREEMENTS[s.sector];
        // A leader keeps some of the agreements of the last 1:1s open, not all of them.
        const open = last && !pairQuiet && (k === 0 || i % 2 === 0);
        // Open agreements fall due before the next 1:1 (where they are followed up); one in three
        // employees has let theirs slip, so a leader's overview has something to act on.
        const overdue = open && k === 0 && i % 3 === 0;
        const due = overdue
          ? new Date(now.getTime() - (4 + (i % 5)) * DAY)
          : open
            ? new Date((planned ?? now).getTime() - (2 + (i % 4)) * DAY)
            : new Date(startsAt.getTime() + 21 * DAY);
        rows.agreements.push({
          orgId,
          conversationId: talkId,
          subjectPersonId: me,
          ownerId: k === 1 ? leader : me,
          // The leader's part varies by person (one leader, many 1:1s), the employee's by talk.
          text: texts[(k === 1 ? i : i + n) % texts.length]!,
          dueDate: day(due),
          doneAt: open
            ? null
            : new Date(
                Math.min(
                  startsAt.getTime() + (14 + k * 5) * DAY,
                  (pairQuiet ? histEnd : now).getTime() - DAY,
                ),
              ),
          createdBy: leader,
          createdAt: startsAt,
        });
      }
    };
    held.forEach((d, n) => talk(d, true, n));
    if (planned) talk(planned, false, held.length);

    // Feedback from the leader and a colleague, some answered.
    const givers = s.leader
      ? [s.leader, colleagueOf(s, i + 1)?.name].filter((n): n is string => Boolean(n))
      : LEADERLESS.find((l) => l.name === s.name)!.feedbackFrom;
    givers.forEach((from, k) => {
      const involvesQuiet = isQuiet || quiet(from);
      const when = workday(
        new Date((involvesQuiet ? histEnd : now).getTime() - (3 + ((i * 11 + k * 23) % 150)) * DAY),
        hour + 1,
      );
      const pick = {
        daycare: [0, 1, 2],
        school: [3, 4, 1],
        care: [5, 6, 0],
        leader: [1, 0, 3],
        admin: [0, 3, 1],
      }[s.sector][(i + k) % 3]!;
      // The journeys' accounts only hold recognition from earlier months: the feedback list's orange
      // 'reflecting' badge fails axe's contrast check (reported to the feedback module's owner).
      const note = T.DEMO_FEEDBACK[involvesQuiet ? 0 : pick]!;
      const feedbackId = id();
      rows.feedback.push({
        id: feedbackId,
        orgId,
        fromId: pid(from),
        toPersonId: me,
        kind: note.kind,
        text: note.text,
        observationFocus: note.focus ?? null,
        goalId: k === 0 && !isQuiet ? currentGoal : null,
        createdAt: when,
      });
      if ((i + k) % 2 === 0)
        rows.replies.push({
          orgId,
          feedbackId,
          authorId: me,
          text: T.DEMO_REPLIES[(i + k) % T.DEMO_REPLIES.length]!,
          createdAt: new Date(when.getTime() + 3 * 3_600_000),
        });
    });
  });

  // Parents before children; each table in one statement keeps the first start quick.
  const insert = async <R>(table: Parameters<Db['insert']>[0], values: R[]) => {
    if (values.length) await db.insert(table).values(values as never);
  };
  await insert(frames, rows.frames);
  await insert(frameItems, rows.items);
  await insert(goals, rows.goals);
  await insert(goalEvents, rows.goalEvents);
  await insert(inquiries, rows.circles);
  await insert(inquiryRevisions, rows.revisions);
  await insert(inquiryCollaborators, rows.collaborators);
  await insert(conversations, rows.talks);
  await insert(conversationParticipants, rows.participants);
  await insert(agendaItems, rows.agenda);
  await insert(agreements, rows.agreements);
  await insert(feedback, rows.feedback);
  await insert(feedbackReplies, rows.replies);
  await insert(auditEvents, rows.reads);
  await writeAudit(
    db,
    { actor: null, orgId },
    {
      action: 'demo.activity_created',
      entityType: 'organisation',
      entityId: orgId,
      details: Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])),
    },
  );
}
