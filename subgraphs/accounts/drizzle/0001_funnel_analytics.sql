CREATE TABLE "accounts"."funnel_people" (
	"person_key" text PRIMARY KEY NOT NULL,
	"visitor_id" text,
	"user_id" uuid,
	"utm_source" text,
	"utm_medium" text,
	"utm_campaign" text,
	"visited_at" timestamp with time zone,
	"scored_at" timestamp with time zone,
	"registered_at" timestamp with time zone,
	"first_letter_at" timestamp with time zone,
	"checkout_at" timestamp with time zone,
	"subscribed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "accounts"."user_activity_days" (
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "user_activity_days_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
CREATE INDEX "funnel_people_visitor_id_idx" ON "accounts"."funnel_people" USING btree ("visitor_id");--> statement-breakpoint
CREATE INDEX "funnel_people_user_id_idx" ON "accounts"."funnel_people" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "funnel_people_visited_at_idx" ON "accounts"."funnel_people" USING btree ("visited_at");--> statement-breakpoint
CREATE INDEX "funnel_people_registered_at_idx" ON "accounts"."funnel_people" USING btree ("registered_at");