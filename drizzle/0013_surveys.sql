CREATE TABLE "survey_instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"definition" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_round_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid,
	"team_id" uuid
);
--> statement-breakpoint
ALTER TABLE "survey_rounds" DROP CONSTRAINT "survey_rounds_meeting_id_forum_meetings_id_fk";
--> statement-breakpoint
ALTER TABLE "survey_participations" ADD COLUMN "token" text;--> statement-breakpoint
ALTER TABLE "survey_participations" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "survey_participations" ADD COLUMN "answered" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD COLUMN "definition" jsonb;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD COLUMN "threshold" integer;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD COLUMN "comment_threshold" integer;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD COLUMN "reminders_sent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_settings" ADD COLUMN "comment_threshold" integer;--> statement-breakpoint
ALTER TABLE "survey_instruments" ADD CONSTRAINT "survey_instruments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_instruments" ADD CONSTRAINT "survey_instruments_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_round_targets" ADD CONSTRAINT "survey_round_targets_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_round_targets" ADD CONSTRAINT "survey_round_targets_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_round_targets" ADD CONSTRAINT "survey_round_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_round_targets" ADD CONSTRAINT "survey_round_targets_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_instruments_org_key_idx" ON "survey_instruments" USING btree ("org_id","key");--> statement-breakpoint
CREATE INDEX "survey_round_targets_org_round_idx" ON "survey_round_targets" USING btree ("org_id","round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_participations_token_idx" ON "survey_participations" USING btree ("token");