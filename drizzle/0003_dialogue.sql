CREATE TABLE "dialogue_frames" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"highlighted_guideline_id" uuid,
	"highlighted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_guideline_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_guidelines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"prompt" text NOT NULL,
	"prompt_key" text,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dialogue_turns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"state" text DEFAULT 'waiting' NOT NULL,
	"marked_by" uuid,
	"marked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "dialogue_frames" ADD CONSTRAINT "dialogue_frames_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_frames" ADD CONSTRAINT "dialogue_frames_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_frames" ADD CONSTRAINT "dialogue_frames_highlighted_guideline_id_dialogue_guidelines_id_fk" FOREIGN KEY ("highlighted_guideline_id") REFERENCES "public"."dialogue_guidelines"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_frames" ADD CONSTRAINT "dialogue_frames_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_guideline_sets" ADD CONSTRAINT "dialogue_guideline_sets_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_guideline_sets" ADD CONSTRAINT "dialogue_guideline_sets_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_guideline_sets" ADD CONSTRAINT "dialogue_guideline_sets_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_guidelines" ADD CONSTRAINT "dialogue_guidelines_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_guidelines" ADD CONSTRAINT "dialogue_guidelines_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rounds" ADD CONSTRAINT "dialogue_rounds_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rounds" ADD CONSTRAINT "dialogue_rounds_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rounds" ADD CONSTRAINT "dialogue_rounds_opened_by_people_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_turns" ADD CONSTRAINT "dialogue_turns_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_turns" ADD CONSTRAINT "dialogue_turns_round_id_dialogue_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."dialogue_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_turns" ADD CONSTRAINT "dialogue_turns_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_turns" ADD CONSTRAINT "dialogue_turns_marked_by_people_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_frames_conversation_idx" ON "dialogue_frames" USING btree ("org_id","conversation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_guideline_sets_team_idx" ON "dialogue_guideline_sets" USING btree ("org_id","team_id");--> statement-breakpoint
CREATE INDEX "dialogue_guidelines_team_idx" ON "dialogue_guidelines" USING btree ("org_id","team_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_rounds_number_idx" ON "dialogue_rounds" USING btree ("org_id","conversation_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_rounds_one_open_idx" ON "dialogue_rounds" USING btree ("org_id","conversation_id") WHERE "dialogue_rounds"."closed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_turns_person_idx" ON "dialogue_turns" USING btree ("org_id","round_id","person_id");--> statement-breakpoint
CREATE INDEX "dialogue_turns_round_idx" ON "dialogue_turns" USING btree ("org_id","round_id","position");