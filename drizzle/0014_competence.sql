CREATE TABLE "competence_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"title" text NOT NULL,
	"course_on" date NOT NULL,
	"before_on" date NOT NULL,
	"follow_up_on" date NOT NULL,
	"expectations" text,
	"commitment" text,
	"application" text,
	"follow_up" text,
	"followed_up_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competence_initiative_frame_items" (
	"org_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"frame_item_id" uuid NOT NULL,
	CONSTRAINT "competence_initiative_frame_items_initiative_id_frame_item_id_pk" PRIMARY KEY("initiative_id","frame_item_id")
);
--> statement-breakpoint
CREATE TABLE "competence_initiative_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"current_level" text NOT NULL,
	"target_level" text NOT NULL,
	"proposed_goal" text,
	"proposal_status" text,
	"goal_id" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competence_plan_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"phase" text NOT NULL,
	"text" text NOT NULL,
	"formats" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"people" text,
	"owner_id" uuid,
	"starts_on" date,
	"ends_on" date,
	"done_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competence_initiative_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"actor_id" uuid,
	"changes" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competence_initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"owner_id" uuid,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"case_key" text,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competence_org_formats" (
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name_da" text NOT NULL,
	"name_en" text NOT NULL,
	"description_da" text NOT NULL,
	"description_en" text NOT NULL,
	"suits" jsonb NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competence_org_formats_org_id_key_pk" PRIMARY KEY("org_id","key")
);
--> statement-breakpoint
ALTER TABLE "competence_courses" ADD CONSTRAINT "competence_courses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_courses" ADD CONSTRAINT "competence_courses_initiative_id_competence_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."competence_initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_courses" ADD CONSTRAINT "competence_courses_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiative_frame_items" ADD CONSTRAINT "competence_initiative_frame_items_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiative_frame_items" ADD CONSTRAINT "competence_initiative_frame_items_initiative_id_competence_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."competence_initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiative_frame_items" ADD CONSTRAINT "competence_initiative_frame_items_frame_item_id_frame_items_id_fk" FOREIGN KEY ("frame_item_id") REFERENCES "public"."frame_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiative_participants" ADD CONSTRAINT "competence_initiative_participants_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiative_participants" ADD CONSTRAINT "competence_initiative_participants_initiative_id_competence_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."competence_initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiative_participants" ADD CONSTRAINT "competence_initiative_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiative_participants" ADD CONSTRAINT "competence_initiative_participants_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_plan_lines" ADD CONSTRAINT "competence_plan_lines_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_plan_lines" ADD CONSTRAINT "competence_plan_lines_initiative_id_competence_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."competence_initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_plan_lines" ADD CONSTRAINT "competence_plan_lines_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiative_revisions" ADD CONSTRAINT "competence_initiative_revisions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiative_revisions" ADD CONSTRAINT "competence_initiative_revisions_initiative_id_competence_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."competence_initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiative_revisions" ADD CONSTRAINT "competence_initiative_revisions_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiatives" ADD CONSTRAINT "competence_initiatives_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiatives" ADD CONSTRAINT "competence_initiatives_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_initiatives" ADD CONSTRAINT "competence_initiatives_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_org_formats" ADD CONSTRAINT "competence_org_formats_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_org_formats" ADD CONSTRAINT "competence_org_formats_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competence_courses_idx" ON "competence_courses" USING btree ("org_id","initiative_id");--> statement-breakpoint
CREATE INDEX "competence_courses_person_idx" ON "competence_courses" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "competence_participants_one_idx" ON "competence_initiative_participants" USING btree ("org_id","initiative_id","person_id");--> statement-breakpoint
CREATE INDEX "competence_participants_person_idx" ON "competence_initiative_participants" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "competence_plan_lines_idx" ON "competence_plan_lines" USING btree ("org_id","initiative_id");--> statement-breakpoint
CREATE INDEX "competence_initiative_revisions_idx" ON "competence_initiative_revisions" USING btree ("org_id","initiative_id","version");--> statement-breakpoint
CREATE INDEX "competence_initiatives_org_unit_idx" ON "competence_initiatives" USING btree ("org_id","unit_id","status");