CREATE SCHEMA IF NOT EXISTS "billing";
--> statement-breakpoint
CREATE TYPE "billing"."subscription_status" AS ENUM('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELED', 'UNPAID');--> statement-breakpoint
CREATE TYPE "billing"."tier" AS ENUM('FREE', 'PREMIUM', 'PREMIUM_PLUS');--> statement-breakpoint
CREATE TABLE "billing"."subscriptions" (
	"user_id" text PRIMARY KEY NOT NULL,
	"plan" "billing"."tier" NOT NULL,
	"status" "billing"."subscription_status" NOT NULL,
	"current_period_end" timestamp with time zone,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"stripe_customer_id" text,
	"stripe_subscription_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_stripe_subscription_id_unique" UNIQUE("stripe_subscription_id")
);
--> statement-breakpoint
CREATE INDEX "subscriptions_status_idx" ON "billing"."subscriptions" USING btree ("status");