-- Counters for the licence board (src/server/db/data-versions-schema.ts): the licence tables and
-- the memberships that make a unit's people, on the statement-level trigger of 0029_versions; and a
-- person's counter now also moves when they are deactivated or made active again, as the board
-- shows active people only.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['licence_definitions', 'licences', 'licence_task_assignments', 'memberships']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mup_bump_data_version()', t || '_version_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mup_bump_data_version()', t || '_version_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mup_bump_data_version()', t || '_version_delete', t);
  END LOOP;
END;
$$;
--> statement-breakpoint
DROP TRIGGER "people_version_name" ON "people";
--> statement-breakpoint
CREATE TRIGGER "people_version_shown" AFTER UPDATE OF "name", "active" ON "people"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."active" IS DISTINCT FROM NEW."active")
  EXECUTE FUNCTION mup_bump_people_version();
