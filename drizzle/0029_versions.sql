CREATE TABLE "data_versions" (
	"org_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"epoch" uuid DEFAULT gen_random_uuid() NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	CONSTRAINT "data_versions_org_id_topic_pk" PRIMARY KEY("org_id","topic")
);
--> statement-breakpoint
ALTER TABLE "data_versions" ADD CONSTRAINT "data_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Raises the organisation's counter of the table the statement wrote (src/server/db/data-versions-schema.ts).
-- Statement-level, so a write of many rows raises each organisation's counter once. An organisation
-- being removed gets no row: its counters go with it.
CREATE FUNCTION "mup_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO "data_versions" ("org_id", "topic")
    SELECT DISTINCT o."org_id", TG_TABLE_NAME FROM old_rows o
    WHERE EXISTS (SELECT 1 FROM "organisations" g WHERE g."id" = o."org_id")
    ON CONFLICT ("org_id", "topic") DO UPDATE SET "version" = "data_versions"."version" + 1;
  ELSE
    INSERT INTO "data_versions" ("org_id", "topic")
    SELECT DISTINCT n."org_id", TG_TABLE_NAME FROM new_rows n
    WHERE EXISTS (SELECT 1 FROM "organisations" g WHERE g."id" = n."org_id")
    ON CONFLICT ("org_id", "topic") DO UPDATE SET "version" = "data_versions"."version" + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['units', 'survey_rounds', 'survey_unit_results', 'survey_responses', 'survey_settings',
    'progression_areas', 'progression_courses', 'progression_counts']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mup_bump_data_version()', t || '_version_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mup_bump_data_version()', t || '_version_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mup_bump_data_version()', t || '_version_delete', t);
  END LOOP;
END;
$$;
