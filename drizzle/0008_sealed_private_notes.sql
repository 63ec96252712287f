CREATE TABLE "note_keys" (
	"org_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"wrapped_key" text NOT NULL,
	"master_key_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "note_keys_org_id_version_pk" PRIMARY KEY("org_id","version")
);
--> statement-breakpoint
ALTER TABLE "private_notes" ALTER COLUMN "text" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "private_notes" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "private_notes" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "private_notes" ADD COLUMN "key_version" integer;--> statement-breakpoint
ALTER TABLE "note_keys" ADD CONSTRAINT "note_keys_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;