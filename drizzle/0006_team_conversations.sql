CREATE TABLE "team_cadences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"interval_weeks" integer DEFAULT 26 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "goal_id" uuid;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "inquiry_id" uuid;--> statement-breakpoint
ALTER TABLE "team_cadences" ADD CONSTRAINT "team_cadences_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_cadences" ADD CONSTRAINT "team_cadences_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "team_cadences_team_idx" ON "team_cadences" USING btree ("org_id","team_id");--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;