ALTER TABLE "people" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
-- People deactivated before this column existed: their earlier sessions stay ended after a reactivation.
UPDATE "people" SET "deactivated_at" = now() WHERE NOT "active";