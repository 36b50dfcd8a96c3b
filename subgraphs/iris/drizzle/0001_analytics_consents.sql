CREATE TABLE "iris"."analytics_consents" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"granted" boolean NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
