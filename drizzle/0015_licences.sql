CREATE TABLE "licence_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"initiative_id" uuid,
	"task" text NOT NULL,
	"description" text,
	"meaning_c" text NOT NULL,
	"meaning_b" text NOT NULL,
	"meaning_a" text NOT NULL,
	"required_level" text,
	"below_required" text DEFAULT 'warn' NOT NULL,
	"needed_holders" integer,
	"validity_months" integer,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"definition_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"level" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date,
	"review_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"definition_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"focus" text NOT NULL,
	"observed" text,
	"decision" text,
	"level" text,
	"reason" text,
	"next_steps" text,
	"decided_at" timestamp with time zone,
	"calendar_uid" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "licence_task_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"definition_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"below_required" boolean DEFAULT false NOT NULL,
	"assigned_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "licence_definitions" ADD CONSTRAINT "licence_definitions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_definitions" ADD CONSTRAINT "licence_definitions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_definitions" ADD CONSTRAINT "licence_definitions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_definition_id_licence_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."licence_definitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_review_id_practice_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."practice_reviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_reviews" ADD CONSTRAINT "practice_reviews_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_reviews" ADD CONSTRAINT "practice_reviews_definition_id_licence_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."licence_definitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_reviews" ADD CONSTRAINT "practice_reviews_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_reviews" ADD CONSTRAINT "practice_reviews_reviewer_id_people_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_task_assignments" ADD CONSTRAINT "licence_task_assignments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_task_assignments" ADD CONSTRAINT "licence_task_assignments_definition_id_licence_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."licence_definitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_task_assignments" ADD CONSTRAINT "licence_task_assignments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_task_assignments" ADD CONSTRAINT "licence_task_assignments_assigned_by_people_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "licence_definitions_org_unit_idx" ON "licence_definitions" USING btree ("org_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "licences_person_task_unique_idx" ON "licences" USING btree ("org_id","definition_id","person_id");--> statement-breakpoint
CREATE INDEX "licences_org_person_idx" ON "licences" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "practice_reviews_org_definition_idx" ON "practice_reviews" USING btree ("org_id","definition_id");--> statement-breakpoint
CREATE INDEX "practice_reviews_org_person_idx" ON "practice_reviews" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "practice_reviews_org_reviewer_idx" ON "practice_reviews" USING btree ("org_id","reviewer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "licence_task_assignments_unique_idx" ON "licence_task_assignments" USING btree ("org_id","definition_id","person_id");