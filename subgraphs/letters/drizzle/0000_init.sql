CREATE SCHEMA IF NOT EXISTS "letters";
--> statement-breakpoint
CREATE TYPE "letters"."analysis_kind" AS ENUM('ats', 'mirror', 'coach');--> statement-breakpoint
CREATE TYPE "letters"."tone" AS ENUM('formel', 'dynamique', 'sobre', 'creatif', 'startup', 'associatif');--> statement-breakpoint
CREATE TYPE "letters"."version_origin" AS ENUM('GENERATED', 'REGENERATED', 'EDITED');--> statement-breakpoint
CREATE TABLE "letters"."analyses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"letter_id" uuid,
	"letter_version" integer,
	"kind" "letters"."analysis_kind" NOT NULL,
	"score" integer,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters"."cross_app_consents" (
	"user_id" text PRIMARY KEY NOT NULL,
	"granted" boolean NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters"."letters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"job_title" text NOT NULL,
	"company" text NOT NULL,
	"cv_text" text NOT NULL,
	"offer_text" text NOT NULL,
	"candidate_name" text,
	"career_change" jsonb,
	"current_version" integer NOT NULL,
	"tone" "letters"."tone" NOT NULL,
	"text" text NOT NULL,
	"completion_id" uuid,
	"uses_aube" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters"."letter_versions" (
	"letter_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"origin" "letters"."version_origin" NOT NULL,
	"tone" "letters"."tone" NOT NULL,
	"text" text NOT NULL,
	"word_count" integer NOT NULL,
	"completion_id" uuid,
	"uses_aube" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_versions_letter_id_number_pk" PRIMARY KEY("letter_id","number")
);
--> statement-breakpoint
CREATE TABLE "letters"."monthly_usage" (
	"user_id" text NOT NULL,
	"month" text NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monthly_usage_user_id_month_pk" PRIMARY KEY("user_id","month")
);
--> statement-breakpoint
ALTER TABLE "letters"."analyses" ADD CONSTRAINT "analyses_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "letters"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters"."letter_versions" ADD CONSTRAINT "letter_versions_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "letters"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analyses_letter_id_idx" ON "letters"."analyses" USING btree ("letter_id","kind","created_at");--> statement-breakpoint
CREATE INDEX "analyses_user_id_idx" ON "letters"."analyses" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "letters_user_id_idx" ON "letters"."letters" USING btree ("user_id","created_at");