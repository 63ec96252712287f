CREATE TABLE "survey_unit_results" (
	"org_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"invited" integer NOT NULL,
	"answered" integer NOT NULL,
	"respondents" integer NOT NULL,
	"items" jsonb NOT NULL,
	"indices" jsonb NOT NULL,
	CONSTRAINT "survey_unit_results_org_id_round_id_unit_id_pk" PRIMARY KEY("org_id","round_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD COLUMN "totals" jsonb;--> statement-breakpoint
ALTER TABLE "survey_unit_results" ADD CONSTRAINT "survey_unit_results_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_unit_results" ADD CONSTRAINT "survey_unit_results_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;