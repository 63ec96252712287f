CREATE TABLE "os2mo_connections" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"endpoint" text NOT NULL,
	"token_url" text,
	"client_id" text NOT NULL,
	"secret_sealed" text NOT NULL,
	"secret_key_id" text NOT NULL,
	"nightly" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "os2mo_pages" (
	"org_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"page" integer NOT NULL,
	"items" jsonb NOT NULL,
	CONSTRAINT "os2mo_pages_org_id_run_id_phase_page_pk" PRIMARY KEY("org_id","run_id","phase","page")
);
--> statement-breakpoint
CREATE TABLE "os2mo_people" (
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "os2mo_people_org_id_person_id_pk" PRIMARY KEY("org_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "os2mo_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"phase" text DEFAULT 'org_units' NOT NULL,
	"cursor" text,
	"pages" integer DEFAULT 0 NOT NULL,
	"summary" jsonb,
	"failure" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "os2mo_connections" ADD CONSTRAINT "os2mo_connections_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "os2mo_pages" ADD CONSTRAINT "os2mo_pages_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "os2mo_pages" ADD CONSTRAINT "os2mo_pages_run_id_os2mo_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."os2mo_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "os2mo_people" ADD CONSTRAINT "os2mo_people_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "os2mo_people" ADD CONSTRAINT "os2mo_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "os2mo_runs" ADD CONSTRAINT "os2mo_runs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "os2mo_runs" ADD CONSTRAINT "os2mo_runs_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "os2mo_runs_org_created_idx" ON "os2mo_runs" USING btree ("org_id","created_at");