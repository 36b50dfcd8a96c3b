CREATE TABLE "accounts"."erasures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pseudonym" uuid NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "accounts"."consent_changes" ADD COLUMN "text_version" text DEFAULT '2026-01' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts"."consents" ADD COLUMN "text_version" text DEFAULT '2026-01' NOT NULL;