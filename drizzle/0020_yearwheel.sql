CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "year_wheel_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"data" text,
	"note" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"forum_id" uuid,
	"remind_days_before" integer,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "year_wheel_reminders" (
	"org_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "year_wheel_reminders_org_id_entry_id_starts_on_person_id_pk" PRIMARY KEY("org_id","entry_id","starts_on","person_id")
);
--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "cadence_every" integer;--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "cadence_unit" text;--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "duration_minutes" integer;--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "first_meeting_on" date;--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "meeting_time" text;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_wheel_entries" ADD CONSTRAINT "year_wheel_entries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_wheel_entries" ADD CONSTRAINT "year_wheel_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_wheel_entries" ADD CONSTRAINT "year_wheel_entries_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_wheel_entries" ADD CONSTRAINT "year_wheel_entries_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_wheel_reminders" ADD CONSTRAINT "year_wheel_reminders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_wheel_reminders" ADD CONSTRAINT "year_wheel_reminders_entry_id_year_wheel_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."year_wheel_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_wheel_reminders" ADD CONSTRAINT "year_wheel_reminders_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_org_token_idx" ON "calendar_feeds" USING btree ("org_id","token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feeds_org_person_idx" ON "calendar_feeds" USING btree ("org_id","person_id","unit_id");--> statement-breakpoint
CREATE INDEX "year_wheel_entries_org_unit_idx" ON "year_wheel_entries" USING btree ("org_id","unit_id","starts_on");--> statement-breakpoint
-- Backfill (written by hand, keep when regenerating): the free-text cadence and duration become numbers where they read as one; what does not stays in "cadence"/"duration" for the forum's managers.
UPDATE "forums" AS f SET "cadence_every" = p.every, "cadence_unit" = p.unit, "cadence" = NULL
FROM (
  SELECT id, split_part(spec, ':', 1)::integer AS every, split_part(spec, ':', 2) AS unit FROM (
    SELECT id, CASE
      WHEN c ~ '^(?:hver uge|ugentlig|ugentligt|every week|weekly|en gang om ugen|én gang om ugen|1 gang om ugen)$' THEN '1:week'
      WHEN c ~ '^(?:hver anden uge|hver 14\.? dag|hver fjortende dag|every other week|every second week|biweekly|fortnightly)$' THEN '2:week'
      WHEN c ~ '^hver tredje uge$' THEN '3:week'
      WHEN c ~ '^hver fjerde uge$' THEN '4:week'
      WHEN c ~ '^(?:hver|every) [0-9]{1,3}\.? ?(?:uge|week|weeks)$' THEN substring(c from '[0-9]+') || ':week'
      WHEN c ~ '^(?:hver måned|månedlig|månedligt|every month|monthly|en gang om måneden|én gang om måneden|1 gang om måneden)$' THEN '1:month'
      WHEN c ~ '^(?:hver anden måned|every other month)$' THEN '2:month'
      WHEN c ~ '^(?:kvartalsvis|hvert kvartal|quarterly|every quarter)$' THEN '3:month'
      WHEN c ~ '^(?:halvårlig|halvårligt|hvert halve år|every six months)$' THEN '6:month'
      WHEN c ~ '^(?:årlig|årligt|hvert år|yearly|annually)$' THEN '12:month'
      WHEN c ~ '^(?:hver|every) [0-9]{1,3}\.? ?(?:måned|month|months)$' THEN substring(c from '[0-9]+') || ':month'
    END AS spec
    FROM (
      SELECT id, regexp_replace(lower(regexp_replace(btrim("cadence"), '\s+', ' ', 'g')), '[.!]+$', '') AS c
      FROM "forums" WHERE "cadence" IS NOT NULL
    ) s
  ) q WHERE spec IS NOT NULL
) p
WHERE f.id = p.id AND ((p.unit = 'week' AND p.every BETWEEN 1 AND 52) OR (p.unit = 'month' AND p.every BETWEEN 1 AND 12));--> statement-breakpoint
UPDATE "forums" AS f SET "duration_minutes" = p.minutes, "duration" = NULL
FROM (
  SELECT id, CASE
    WHEN d ~ '^[0-9]{1,3} ?(?:min|minut|minutter|minute|minutes)$' THEN substring(d from '^[0-9]+')::integer
    WHEN d ~ '^[0-9]{1,2}(?:[.,][0-9]{1,2})? ?(?:t|time|timer|hour|hours|h)$'
      THEN round(replace(substring(d from '^[0-9]+(?:[.,][0-9]+)?'), ',', '.')::numeric * 60)::integer
    WHEN d ~ '^(?:en|én|one) (?:time|hour)$' THEN 60
    WHEN d ~ '^(?:halvanden time|1½ time|1½ timer|one and a half hours?)$' THEN 90
    WHEN d ~ '^(?:en halv time|½ time|half an hour)$' THEN 30
    WHEN d ~ '^(?:to timer|two hours)$' THEN 120
  END AS minutes
  FROM (
    SELECT id, regexp_replace(lower(regexp_replace(btrim("duration"), '\s+', ' ', 'g')), '[.!]+$', '') AS d
    FROM "forums" WHERE "duration" IS NOT NULL
  ) s
) p
WHERE f.id = p.id AND p.minutes BETWEEN 5 AND 480;
