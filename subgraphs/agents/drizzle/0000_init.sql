CREATE SCHEMA IF NOT EXISTS "agents";
--> statement-breakpoint
CREATE TABLE "agents"."completions" (
	"completion_id" uuid PRIMARY KEY NOT NULL,
	"task" text NOT NULL,
	"provider" text NOT NULL,
	"model" text NOT NULL,
	"variant" text,
	"tier" text,
	"source" text NOT NULL,
	"tokens_in" integer NOT NULL,
	"tokens_out" integer NOT NULL,
	"latency_ms" integer NOT NULL,
	"grounding" real,
	"fallback_reason" text,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agents"."feedback" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agents"."feedback_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"completion_id" uuid NOT NULL,
	"user_id" uuid,
	"rating" smallint NOT NULL,
	"reason" text,
	"given_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "completions_occurred_at_idx" ON "agents"."completions" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "completions_task_variant_idx" ON "agents"."completions" USING btree ("task","variant");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_completion_id_user_id_idx" ON "agents"."feedback" USING btree ("completion_id","user_id");--> statement-breakpoint
CREATE INDEX "feedback_user_id_idx" ON "agents"."feedback" USING btree ("user_id");