CREATE SCHEMA IF NOT EXISTS "events";
--> statement-breakpoint
CREATE TABLE "events"."consumer_offsets" (
	"consumer" text PRIMARY KEY NOT NULL,
	"position" bigint DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"retry_at" timestamp with time zone,
	"last_error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events"."dead_letters" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events"."dead_letters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"position" bigint NOT NULL,
	"type" text NOT NULL,
	"attempts" integer NOT NULL,
	"last_error" text NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retry_requested_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "events"."log" (
	"position" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events"."log_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_id" uuid NOT NULL,
	"type" text NOT NULL,
	"version" integer NOT NULL,
	"stream_id" text NOT NULL,
	"source" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"correlation_id" text,
	"causation_id" text,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "dead_letters_consumer_event_id_idx" ON "events"."dead_letters" USING btree ("consumer","event_id");--> statement-breakpoint
CREATE INDEX "dead_letters_retry_requested_at_idx" ON "events"."dead_letters" USING btree ("consumer","retry_requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "log_event_id_idx" ON "events"."log" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "log_stream_id_idx" ON "events"."log" USING btree ("stream_id","position");--> statement-breakpoint
CREATE INDEX "log_type_idx" ON "events"."log" USING btree ("type","position");--> statement-breakpoint
CREATE INDEX "log_occurred_at_idx" ON "events"."log" USING btree ("occurred_at");