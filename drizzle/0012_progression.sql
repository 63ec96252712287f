CREATE TABLE "progression_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progression_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"label" text NOT NULL,
	"challenge" text DEFAULT '' NOT NULL,
	"initiative" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"started_on" date NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progression_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"area" text NOT NULL,
	"rated_on" date NOT NULL,
	"level" text NOT NULL,
	"note" text,
	"rated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_talks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"cadence" text NOT NULL,
	"held_on" date NOT NULL,
	"period_start" date NOT NULL,
	"focus" text DEFAULT '' NOT NULL,
	"unit_notes" text DEFAULT '' NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conversation_notes" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"next_step" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "progression_areas" ADD CONSTRAINT "progression_areas_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_areas" ADD CONSTRAINT "progression_areas_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_courses" ADD CONSTRAINT "progression_courses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_courses" ADD CONSTRAINT "progression_courses_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_courses" ADD CONSTRAINT "progression_courses_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_ratings" ADD CONSTRAINT "progression_ratings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_ratings" ADD CONSTRAINT "progression_ratings_course_id_progression_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."progression_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_ratings" ADD CONSTRAINT "progression_ratings_rated_by_people_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_talks" ADD CONSTRAINT "learning_talks_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_talks" ADD CONSTRAINT "learning_talks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_talks" ADD CONSTRAINT "learning_talks_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "progression_areas_unit_name_idx" ON "progression_areas" USING btree ("org_id","unit_id","name");--> statement-breakpoint
CREATE INDEX "progression_courses_org_unit_idx" ON "progression_courses" USING btree ("org_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "progression_ratings_unique_idx" ON "progression_ratings" USING btree ("org_id","course_id","area","rated_on");--> statement-breakpoint
CREATE INDEX "progression_ratings_org_day_idx" ON "progression_ratings" USING btree ("org_id","rated_on");--> statement-breakpoint
CREATE INDEX "learning_talks_org_unit_idx" ON "learning_talks" USING btree ("org_id","unit_id","held_on");