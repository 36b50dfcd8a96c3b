CREATE SCHEMA IF NOT EXISTS "iris";
--> statement-breakpoint
CREATE TABLE "iris"."aube_scores" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"exploration_id" uuid NOT NULL,
	"rome_code" text,
	"score" smallint NOT NULL,
	"evolution_type" text NOT NULL,
	"threat_level" text NOT NULL,
	"scored_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iris"."conversations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_message_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iris"."cross_app_consents" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"granted" boolean NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iris"."daily_usage" (
	"user_id" uuid NOT NULL,
	"day" text NOT NULL,
	"used" integer NOT NULL,
	CONSTRAINT "daily_usage_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
CREATE TABLE "iris"."letters_generated" (
	"letter_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"tone" text NOT NULL,
	"word_count" integer NOT NULL,
	"generated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iris"."messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"topic" text NOT NULL,
	"text" text,
	"reply_to" uuid,
	"status" text NOT NULL,
	"failure" text,
	"completion_id" uuid,
	"tier" text NOT NULL,
	"quota_day" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claimed_by" text,
	"lease_until" timestamp with time zone,
	"sent_event_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"first_chunk_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "iris"."mood_entries" (
	"entry_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"mood" smallint NOT NULL,
	"confidence" smallint NOT NULL,
	"logged_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iris"."reply_analytics" (
	"message_id" uuid PRIMARY KEY NOT NULL,
	"user_hash" text,
	"topic" text NOT NULL,
	"tier" text NOT NULL,
	"status" text NOT NULL,
	"message_length" integer NOT NULL,
	"reply_length" integer NOT NULL,
	"chunk_count" integer NOT NULL,
	"history_turns" integer NOT NULL,
	"used_cross_app_context" boolean NOT NULL,
	"attempts" integer NOT NULL,
	"first_chunk_ms" integer,
	"latency_ms" integer NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iris"."reply_chunks" (
	"message_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"delta" text NOT NULL,
	"restart" boolean DEFAULT false NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"failure" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reply_chunks_message_id_seq_pk" PRIMARY KEY("message_id","seq")
);
--> statement-breakpoint
CREATE TABLE "iris"."user_tiers" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"tier" text NOT NULL,
	"observed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "iris"."messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "iris"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iris"."messages" ADD CONSTRAINT "messages_reply_to_messages_id_fk" FOREIGN KEY ("reply_to") REFERENCES "iris"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iris"."reply_chunks" ADD CONSTRAINT "reply_chunks_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "iris"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversations_user_id_last_message_at_idx" ON "iris"."conversations" USING btree ("user_id","last_message_at");--> statement-breakpoint
CREATE INDEX "letters_generated_user_id_idx" ON "iris"."letters_generated" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "messages_conversation_id_created_at_idx" ON "iris"."messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_user_id_created_at_idx" ON "iris"."messages" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_status_lease_until_idx" ON "iris"."messages" USING btree ("status","lease_until");--> statement-breakpoint
CREATE INDEX "mood_entries_user_id_logged_at_idx" ON "iris"."mood_entries" USING btree ("user_id","logged_at");--> statement-breakpoint
CREATE INDEX "reply_analytics_user_hash_idx" ON "iris"."reply_analytics" USING btree ("user_hash");--> statement-breakpoint
CREATE INDEX "reply_analytics_recorded_at_idx" ON "iris"."reply_analytics" USING btree ("recorded_at");