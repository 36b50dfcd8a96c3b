CREATE TABLE "events"."erasure_reports" (
	"event_id" uuid NOT NULL,
	"subgraph" text NOT NULL,
	"rows" jsonb NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "erasure_reports_pk" PRIMARY KEY("event_id","subgraph")
);
