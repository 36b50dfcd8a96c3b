CREATE TABLE "accounts"."api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner" text NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"cost_limit" integer,
	"rate_limit" integer,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"rotated_from" uuid
);
--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_prefix_idx" ON "accounts"."api_keys" USING btree ("prefix");--> statement-breakpoint
CREATE INDEX "api_keys_partner_idx" ON "accounts"."api_keys" USING btree ("partner");