CREATE TABLE "quality_data_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"on" date NOT NULL,
	"value" double precision NOT NULL,
	"client_key" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_data_works" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"title" text NOT NULL,
	"measure_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_measure_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"on" date NOT NULL,
	"label" text NOT NULL,
	"starts_phase" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"unit" text NOT NULL,
	"frequency" text NOT NULL,
	"recorder" text NOT NULL,
	"direction" text NOT NULL,
	"min_value" double precision NOT NULL,
	"max_value" double precision NOT NULL,
	"baseline_points" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_team_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_trials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"title" text NOT NULL,
	"started_on" date NOT NULL,
	"measure_id" uuid,
	"outcome" text,
	"conclusion" text,
	"concluded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_work_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"level" text NOT NULL,
	"parent_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quality_data_points" ADD CONSTRAINT "quality_data_points_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_data_points" ADD CONSTRAINT "quality_data_points_measure_id_quality_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."quality_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_data_points" ADD CONSTRAINT "quality_data_points_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_data_works" ADD CONSTRAINT "quality_data_works_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_data_works" ADD CONSTRAINT "quality_data_works_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_data_works" ADD CONSTRAINT "quality_data_works_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_data_works" ADD CONSTRAINT "quality_data_works_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_measure_changes" ADD CONSTRAINT "quality_measure_changes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_measure_changes" ADD CONSTRAINT "quality_measure_changes_measure_id_quality_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."quality_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_measure_changes" ADD CONSTRAINT "quality_measure_changes_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_measures" ADD CONSTRAINT "quality_measures_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_measures" ADD CONSTRAINT "quality_measures_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_measures" ADD CONSTRAINT "quality_measures_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_team_roles" ADD CONSTRAINT "quality_team_roles_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_team_roles" ADD CONSTRAINT "quality_team_roles_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_team_roles" ADD CONSTRAINT "quality_team_roles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_trials" ADD CONSTRAINT "quality_trials_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_trials" ADD CONSTRAINT "quality_trials_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_trials" ADD CONSTRAINT "quality_trials_action_id_quality_work_items_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."quality_work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_trials" ADD CONSTRAINT "quality_trials_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_trials" ADD CONSTRAINT "quality_trials_measure_id_quality_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."quality_measures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_trials" ADD CONSTRAINT "quality_trials_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_work_items" ADD CONSTRAINT "quality_work_items_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_work_items" ADD CONSTRAINT "quality_work_items_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_work_items" ADD CONSTRAINT "quality_work_items_parent_id_quality_work_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quality_work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_work_items" ADD CONSTRAINT "quality_work_items_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quality_data_points_key_idx" ON "quality_data_points" USING btree ("org_id","measure_id","client_key");--> statement-breakpoint
CREATE UNIQUE INDEX "quality_data_points_day_idx" ON "quality_data_points" USING btree ("org_id","measure_id","on");--> statement-breakpoint
CREATE INDEX "quality_data_works_team_idx" ON "quality_data_works" USING btree ("org_id","team_id");--> statement-breakpoint
CREATE INDEX "quality_measure_changes_idx" ON "quality_measure_changes" USING btree ("org_id","measure_id");--> statement-breakpoint
CREATE INDEX "quality_measures_team_idx" ON "quality_measures" USING btree ("org_id","team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quality_team_roles_person_idx" ON "quality_team_roles" USING btree ("org_id","team_id","person_id");--> statement-breakpoint
CREATE INDEX "quality_team_roles_of_idx" ON "quality_team_roles" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "quality_trials_team_idx" ON "quality_trials" USING btree ("org_id","team_id");--> statement-breakpoint
CREATE INDEX "quality_trials_measure_idx" ON "quality_trials" USING btree ("org_id","measure_id");--> statement-breakpoint
CREATE INDEX "quality_work_items_team_idx" ON "quality_work_items" USING btree ("org_id","team_id");