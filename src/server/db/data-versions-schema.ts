import { bigint, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisations } from '../../modules/org/schema.js';

/**
 * A counter per organisation and table, moved by the database itself: a statement-level trigger
 * on each watched table (migrations `0029_versions`, `0030_initversions` and `0031_boardversions`, function
 * `mup_bump_data_version`) raises it in
 * the same transaction as any insert, update or delete of that organisation's rows. An answer kept
 * in a process (data-versions.ts) is keyed by the counters of the tables it was read from, so a
 * change by any writer, in any process, is another key; no service has to remember to announce it.
 * `epoch` is drawn when the row is made, so a counter that starts again (an organisation removed
 * and restored) never repeats an earlier key. Derived data: not in backups (cli/catalog.ts).
 */
/**
 * The tables with a counter, exactly those the migrations put the trigger on (data-versions.test.ts).
 * `people` is the one exception to "any write": it is written at every sign-in, so its counter moves
 * only when a name changes, a person is deactivated or made active again, or removed
 * (`mup_bump_people_version`, migrations `0030_initversions` and `0031_boardversions`), which is all
 * a kept answer shows of a person.
 */
export const WATCHED_TABLES = [
  'competence_courses',
  'competence_initiative_frame_items',
  'competence_initiative_participants',
  'competence_initiatives',
  'competence_plan_lines',
  'frame_items',
  'licence_definitions',
  'licence_task_assignments',
  'licences',
  'memberships',
  'people',
  'progression_areas',
  'progression_counts',
  'progression_courses',
  'survey_responses',
  'survey_rounds',
  'survey_settings',
  'survey_unit_results',
  'units',
] as const;

export type WatchedTable = (typeof WATCHED_TABLES)[number];

export const dataVersions = pgTable(
  'data_versions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The watched table's name. */
    topic: text('topic').notNull(),
    epoch: uuid('epoch')
      .notNull()
      .default(sql`gen_random_uuid()`),
    version: bigint('version', { mode: 'number' }).notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.topic] })],
);
