CREATE TABLE "billing"."erased_customers" (
	"customer_digest" text PRIMARY KEY NOT NULL,
	"erased_at" timestamp with time zone DEFAULT now() NOT NULL
);
