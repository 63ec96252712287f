CREATE TABLE "library_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"entity_kind" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"package_id" uuid,
	"built_in_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"attached_by" uuid,
	"attached_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_attachments_one_package" CHECK (("library_attachments"."package_id" is null) <> ("library_attachments"."built_in_key" is null))
);
--> statement-breakpoint
CREATE TABLE "library_package_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"package_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"steps" jsonb,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"change_note" text,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "library_attachments" ADD CONSTRAINT "library_attachments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_attachments" ADD CONSTRAINT "library_attachments_package_id_library_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."library_packages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_attachments" ADD CONSTRAINT "library_attachments_attached_by_people_id_fk" FOREIGN KEY ("attached_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_package_versions" ADD CONSTRAINT "library_package_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_package_versions" ADD CONSTRAINT "library_package_versions_package_id_library_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."library_packages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_package_versions" ADD CONSTRAINT "library_package_versions_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_packages" ADD CONSTRAINT "library_packages_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_packages" ADD CONSTRAINT "library_packages_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "library_attachments_org_entity_idx" ON "library_attachments" USING btree ("org_id","entity_kind","entity_id");--> statement-breakpoint
CREATE INDEX "library_attachments_org_package_idx" ON "library_attachments" USING btree ("org_id","package_id");--> statement-breakpoint
CREATE UNIQUE INDEX "library_attachments_unique_idx" ON "library_attachments" USING btree ("org_id","entity_kind","entity_id",coalesce("package_id"::text, "built_in_key"));--> statement-breakpoint
CREATE UNIQUE INDEX "library_package_versions_unique_idx" ON "library_package_versions" USING btree ("org_id","package_id","version");--> statement-breakpoint
CREATE INDEX "library_package_versions_search_idx" ON "library_package_versions" USING gin (to_tsvector('danish', "title" || ' ' || "summary" || ' ' || "body"));--> statement-breakpoint
CREATE INDEX "library_packages_org_idx" ON "library_packages" USING btree ("org_id","updated_at");