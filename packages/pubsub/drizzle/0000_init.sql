CREATE SCHEMA IF NOT EXISTS "pubsub";
--> statement-breakpoint
CREATE TABLE "pubsub"."messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "messages_created_at_idx" ON "pubsub"."messages" USING btree ("created_at");