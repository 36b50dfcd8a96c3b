CREATE SCHEMA IF NOT EXISTS "audit";
--> statement-breakpoint
CREATE TABLE "audit"."entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit"."entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"partner" text,
	"subject_user_id" text,
	"action" text NOT NULL,
	"resource" text NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"outcome" text NOT NULL,
	"operation_name" text,
	"trace_id" text,
	"subgraph" text NOT NULL,
	CONSTRAINT "entries_actor_kind_check" CHECK ("audit"."entries"."actor_kind" in ('user', 'admin', 'partner', 'service')),
	CONSTRAINT "entries_outcome_check" CHECK ("audit"."entries"."outcome" in ('allowed', 'refused'))
);
--> statement-breakpoint
CREATE INDEX "entries_subject_user_id_idx" ON "audit"."entries" USING btree ("subject_user_id","id");--> statement-breakpoint
CREATE INDEX "entries_actor_id_idx" ON "audit"."entries" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "entries_at_idx" ON "audit"."entries" USING btree ("at");