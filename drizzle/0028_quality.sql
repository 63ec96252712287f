CREATE TABLE "progression_counts" (
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"area" text NOT NULL,
	"quarter" date NOT NULL,
	"red" integer DEFAULT 0 NOT NULL,
	"yellow" integer DEFAULT 0 NOT NULL,
	"green" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "progression_counts_org_id_unit_id_area_quarter_pk" PRIMARY KEY("org_id","unit_id","area","quarter")
);
--> statement-breakpoint
ALTER TABLE "progression_counts" ADD CONSTRAINT "progression_counts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_counts" ADD CONSTRAINT "progression_counts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The counts of the ratings recorded before the table existed (src/modules/progression/counts.ts, rebuildProgressionCounts).
INSERT INTO "progression_counts" ("org_id", "unit_id", "area", "quarter", "red", "yellow", "green")
SELECT l.org_id, l.unit_id, l.area, l.quarter,
  count(*) FILTER (WHERE l.level = 'red')::int, count(*) FILTER (WHERE l.level = 'yellow')::int,
  count(*) FILTER (WHERE l.level = 'green')::int
FROM (
  SELECT DISTINCT ON (r.course_id, r.area, 4) r.org_id, c.unit_id, r.area,
    date_trunc('quarter', r.rated_on)::date AS quarter, r.level
  FROM "progression_ratings" r
  JOIN "progression_courses" c ON c.org_id = r.org_id AND c.id = r.course_id
  ORDER BY r.course_id, r.area, 4, r.rated_on DESC
) l
GROUP BY l.org_id, l.unit_id, l.area, l.quarter;
