CREATE TABLE "culture_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid,
	"team_id" uuid,
	"taken_on" date NOT NULL,
	"scores" integer[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"client_key" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "culture_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid,
	"team_id" uuid,
	"shared_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "culture_assessments" ADD CONSTRAINT "culture_assessments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_assessments" ADD CONSTRAINT "culture_assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_assessments" ADD CONSTRAINT "culture_assessments_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_assessments" ADD CONSTRAINT "culture_assessments_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_shares" ADD CONSTRAINT "culture_shares_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_shares" ADD CONSTRAINT "culture_shares_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_shares" ADD CONSTRAINT "culture_shares_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "culture_shares" ADD CONSTRAINT "culture_shares_shared_by_people_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "culture_assessments_key_idx" ON "culture_assessments" USING btree ("org_id","client_key");--> statement-breakpoint
CREATE INDEX "culture_assessments_person_idx" ON "culture_assessments" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "culture_assessments_team_idx" ON "culture_assessments" USING btree ("org_id","team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "culture_shares_person_idx" ON "culture_shares" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "culture_shares_team_idx" ON "culture_shares" USING btree ("org_id","team_id");