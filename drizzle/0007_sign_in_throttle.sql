CREATE TABLE "sign_in_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"address_key" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sign_in_throttle_address_idx" ON "sign_in_throttle" USING btree ("address_key");--> statement-breakpoint
CREATE INDEX "sign_in_throttle_updated_idx" ON "sign_in_throttle" USING btree ("updated_at");--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "failed_sign_ins";--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "locked_until";