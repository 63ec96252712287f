-- Counters for the competence initiative's page (src/server/db/data-versions-schema.ts): its own
-- tables and the frame items it links, on the statement-level trigger of 0029_versions.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['competence_initiatives', 'competence_initiative_participants', 'competence_courses',
    'competence_plan_lines', 'competence_initiative_frame_items', 'frame_items']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mup_bump_data_version()', t || '_version_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mup_bump_data_version()', t || '_version_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mup_bump_data_version()', t || '_version_delete', t);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- People are written on every sign-in (last_sign_in_at), so their counter ('people') moves only with
-- what a kept answer shows of a person: the name, when it changes, and a person removed. A row-level
-- trigger with a column list and a WHEN costs an update that leaves the name alone nothing.
CREATE FUNCTION "mup_bump_people_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO "data_versions" ("org_id", "topic")
    SELECT DISTINCT o."org_id", 'people' FROM old_rows o
    WHERE EXISTS (SELECT 1 FROM "organisations" g WHERE g."id" = o."org_id")
    ON CONFLICT ("org_id", "topic") DO UPDATE SET "version" = "data_versions"."version" + 1;
    RETURN NULL;
  END IF;
  INSERT INTO "data_versions" ("org_id", "topic") VALUES (NEW."org_id", 'people')
  ON CONFLICT ("org_id", "topic") DO UPDATE SET "version" = "data_versions"."version" + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "people_version_name" AFTER UPDATE OF "name" ON "people"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION mup_bump_people_version();
--> statement-breakpoint
CREATE TRIGGER "people_version_delete" AFTER DELETE ON "people"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mup_bump_people_version();
