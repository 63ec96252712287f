import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { reminderPrefs } from '../schema.js';
import { DEFAULT_REMINDER_SETTINGS } from '../constants.js';
import type { ReminderSettingsInput } from '../validation.js';
import type { ReminderSettingsAnswer } from '../answers.js';

export type ReminderSettings = typeof DEFAULT_REMINDER_SETTINGS & { lastDigestAt: Date | null };

/** A person's settings, or the defaults when they never saved any. */
export async function loadSettings(db: Db, orgId: string, personId: string): Promise<ReminderSettings> {
  const [row] = await db
    .select()
    .from(reminderPrefs)
    .where(and(eq(reminderPrefs.orgId, orgId), eq(reminderPrefs.personId, personId)));
  if (!row) return { ...DEFAULT_REMINDER_SETTINGS, lastDigestAt: null };
  return {
    frequency: row.frequency,
    prepareDaysBefore: row.prepareDaysBefore,
    circleDeadlineDaysBefore: row.circleDeadlineDaysBefore,
    includeOverdueAgreements: row.includeOverdueAgreements,
    lastDigestAt: row.lastDigestAt,
  };
}

const present = (s: ReminderSettings) => ({
  frequency: s.frequency,
  prepareDaysBefore: s.prepareDaysBefore,
  circleDeadlineDaysBefore: s.circleDeadlineDaysBefore,
  includeOverdueAgreements: s.includeOverdueAgreements,
  lastDigestAt: s.lastDigestAt ? new Date(s.lastDigestAt).toISOString() : null,
});

/** GET /reminders/settings: the signed-in person's own settings. */
export async function getReminderSettings({
  ctx,
}: {
  ctx: SignedInContext;
}): Promise<ReminderSettingsAnswer> {
  return { settings: present(await loadSettings(ctx.db, ctx.actor.orgId, ctx.actor.personId)) };
}

/** PUT /reminders/settings: a person tunes their own digest; nobody else can. */
export async function updateReminderSettings({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ReminderSettingsInput;
}): Promise<ReminderSettingsAnswer> {
  const { actor } = ctx;
  const orgId = actor.orgId;
  return inTransaction(ctx, async (tx) => {
    await tx.db
      .insert(reminderPrefs)
      .values({ orgId, personId: actor.personId, ...input, updatedAt: tx.now() })
      .onConflictDoUpdate({
        target: [reminderPrefs.orgId, reminderPrefs.personId],
        set: { ...input, updatedAt: tx.now() },
      });
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'reminders.settings_updated',
        entityType: 'reminder_prefs',
        entityId: actor.personId,
        subjectPersonId: actor.personId,
        details: { ...input },
      },
    );
    return { settings: present(await loadSettings(tx.db, orgId, actor.personId)) };
  });
}
