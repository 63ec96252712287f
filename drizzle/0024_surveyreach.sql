DROP INDEX "survey_responses_org_round_idx";--> statement-breakpoint
CREATE INDEX "survey_responses_org_round_unit_idx" ON "survey_responses" USING btree ("org_id","round_id","unit_id");