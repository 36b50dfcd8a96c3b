CREATE SCHEMA IF NOT EXISTS "rise";
--> statement-breakpoint
CREATE TABLE "rise"."coaching_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"message" text,
	"reply" text,
	"completion_id" uuid,
	"burnout_risk" text NOT NULL,
	"human_help_reasons" text[] NOT NULL,
	"safety_filtered" boolean DEFAULT false NOT NULL,
	"quota_period" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rise"."coaching_usage" (
	"user_id" uuid NOT NULL,
	"period" text NOT NULL,
	"used" integer NOT NULL,
	CONSTRAINT "coaching_usage_user_id_period_pk" PRIMARY KEY("user_id","period")
);
--> statement-breakpoint
CREATE TABLE "rise"."daily_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"goal_id" uuid,
	"title" text NOT NULL,
	"day" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rise"."goals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"target_date" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rise"."journal_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"mood" smallint NOT NULL,
	"confidence" smallint NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rise"."milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"goal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"position" smallint NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rise"."practice_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"duration_seconds" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rise"."daily_actions" ADD CONSTRAINT "daily_actions_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "rise"."goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rise"."milestones" ADD CONSTRAINT "milestones_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "rise"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_sessions_user_id_started_at_idx" ON "rise"."coaching_sessions" USING btree ("user_id","started_at");--> statement-breakpoint
CREATE INDEX "daily_actions_user_id_day_idx" ON "rise"."daily_actions" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "goals_user_id_idx" ON "rise"."goals" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "journal_entries_user_id_created_at_idx" ON "rise"."journal_entries" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "milestones_goal_id_idx" ON "rise"."milestones" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "milestones_user_id_idx" ON "rise"."milestones" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "practice_sessions_user_id_created_at_idx" ON "rise"."practice_sessions" USING btree ("user_id","created_at");