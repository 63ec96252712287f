CREATE TABLE "lever_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"plan_lever_id" uuid NOT NULL,
	"text" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"follow_up" text,
	"done_on" date,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lever_plan_levers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"lever" text NOT NULL,
	"aim" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lever_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid,
	"team_id" uuid,
	"title" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lever_actions" ADD CONSTRAINT "lever_actions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_actions" ADD CONSTRAINT "lever_actions_plan_id_lever_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."lever_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_actions" ADD CONSTRAINT "lever_actions_plan_lever_id_lever_plan_levers_id_fk" FOREIGN KEY ("plan_lever_id") REFERENCES "public"."lever_plan_levers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_actions" ADD CONSTRAINT "lever_actions_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_actions" ADD CONSTRAINT "lever_actions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_plan_levers" ADD CONSTRAINT "lever_plan_levers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_plan_levers" ADD CONSTRAINT "lever_plan_levers_plan_id_lever_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."lever_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_plans" ADD CONSTRAINT "lever_plans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_plans" ADD CONSTRAINT "lever_plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_plans" ADD CONSTRAINT "lever_plans_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_plans" ADD CONSTRAINT "lever_plans_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lever_actions_org_plan_idx" ON "lever_actions" USING btree ("org_id","plan_id");--> statement-breakpoint
CREATE INDEX "lever_actions_org_owner_idx" ON "lever_actions" USING btree ("org_id","owner_id","status","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "lever_plan_levers_unique_idx" ON "lever_plan_levers" USING btree ("org_id","plan_id","lever");--> statement-breakpoint
CREATE INDEX "lever_plans_org_unit_idx" ON "lever_plans" USING btree ("org_id","unit_id");--> statement-breakpoint
CREATE INDEX "lever_plans_org_team_idx" ON "lever_plans" USING btree ("org_id","team_id");