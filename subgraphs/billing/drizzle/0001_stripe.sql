ALTER TYPE "billing"."subscription_status" ADD VALUE 'PAUSED';--> statement-breakpoint
CREATE TABLE "billing"."customers" (
	"user_id" text PRIMARY KEY NOT NULL,
	"stripe_customer_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_stripe_customer_id_unique" UNIQUE("stripe_customer_id")
);
--> statement-breakpoint
CREATE TABLE "billing"."stripe_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Subscriptions are now keyed by their Stripe id. Nothing wrote this table before Stripe
-- arrived; a hand-made row without a Stripe id makes the migration fail instead of vanishing.
ALTER TABLE "billing"."subscriptions" DROP CONSTRAINT "subscriptions_pkey";--> statement-breakpoint
ALTER TABLE "billing"."subscriptions" DROP CONSTRAINT "subscriptions_stripe_subscription_id_unique";--> statement-breakpoint
ALTER TABLE "billing"."subscriptions" ALTER COLUMN "stripe_subscription_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "billing"."subscriptions" ADD PRIMARY KEY ("stripe_subscription_id");--> statement-breakpoint
ALTER TABLE "billing"."subscriptions" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "billing"."subscriptions" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "billing"."subscriptions" ADD COLUMN "observed_at" timestamp with time zone;--> statement-breakpoint
-- The epoch as observation time lets the next webhook or reconciliation replace any existing row.
UPDATE "billing"."subscriptions" SET "started_at" = "updated_at", "observed_at" = 'epoch';--> statement-breakpoint
ALTER TABLE "billing"."subscriptions" ALTER COLUMN "started_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "billing"."subscriptions" ALTER COLUMN "observed_at" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "subscriptions_user_id_idx" ON "billing"."subscriptions" USING btree ("user_id");
