CREATE SCHEMA IF NOT EXISTS "aube";
--> statement-breakpoint
CREATE TABLE "aube"."catalogue_meta" (
	"id" text PRIMARY KEY NOT NULL,
	"data_version" text NOT NULL,
	"sources" jsonb NOT NULL,
	"report" jsonb NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aube"."explorations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"occupation_code" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"model_version" text NOT NULL,
	"data_version" text NOT NULL,
	"chosen_code" text,
	"chosen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "explorations_report_id_unique" UNIQUE("report_id")
);
--> statement-breakpoint
CREATE TABLE "aube"."items" (
	"ogr" integer PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aube"."job_titles" (
	"ogr" integer PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"normalised" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aube"."mobility_links" (
	"code" text NOT NULL,
	"target_code" text NOT NULL,
	"rank" integer NOT NULL,
	CONSTRAINT "mobility_links_code_target_code_pk" PRIMARY KEY("code","target_code")
);
--> statement-breakpoint
CREATE TABLE "aube"."occupation_items" (
	"code" text NOT NULL,
	"ogr" integer NOT NULL,
	"core" text,
	CONSTRAINT "occupation_items_code_ogr_pk" PRIMARY KEY("code","ogr")
);
--> statement-breakpoint
CREATE TABLE "aube"."occupation_similarities" (
	"code" text NOT NULL,
	"target_code" text NOT NULL,
	"similarity" double precision NOT NULL,
	CONSTRAINT "occupation_similarities_code_target_code_pk" PRIMARY KEY("code","target_code")
);
--> statement-breakpoint
CREATE TABLE "aube"."occupations" (
	"code" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"title_normalised" text NOT NULL,
	"parent_code" text,
	"green_transition" text,
	"digital_transition" text DEFAULT 'N' NOT NULL,
	"figure" jsonb
);
--> statement-breakpoint
CREATE TABLE "aube"."report_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exploration_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "aube"."job_titles" ADD CONSTRAINT "job_titles_code_occupations_code_fk" FOREIGN KEY ("code") REFERENCES "aube"."occupations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aube"."mobility_links" ADD CONSTRAINT "mobility_links_code_occupations_code_fk" FOREIGN KEY ("code") REFERENCES "aube"."occupations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aube"."mobility_links" ADD CONSTRAINT "mobility_links_target_code_occupations_code_fk" FOREIGN KEY ("target_code") REFERENCES "aube"."occupations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aube"."occupation_items" ADD CONSTRAINT "occupation_items_code_occupations_code_fk" FOREIGN KEY ("code") REFERENCES "aube"."occupations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aube"."occupation_items" ADD CONSTRAINT "occupation_items_ogr_items_ogr_fk" FOREIGN KEY ("ogr") REFERENCES "aube"."items"("ogr") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aube"."occupation_similarities" ADD CONSTRAINT "occupation_similarities_code_occupations_code_fk" FOREIGN KEY ("code") REFERENCES "aube"."occupations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aube"."occupation_similarities" ADD CONSTRAINT "occupation_similarities_target_code_occupations_code_fk" FOREIGN KEY ("target_code") REFERENCES "aube"."occupations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aube"."report_shares" ADD CONSTRAINT "report_shares_exploration_id_explorations_id_fk" FOREIGN KEY ("exploration_id") REFERENCES "aube"."explorations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "explorations_user_id_created_at_idx" ON "aube"."explorations" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "job_titles_code_idx" ON "aube"."job_titles" USING btree ("code");--> statement-breakpoint
CREATE INDEX "occupation_items_ogr_idx" ON "aube"."occupation_items" USING btree ("ogr");--> statement-breakpoint
CREATE INDEX "occupations_title_normalised_idx" ON "aube"."occupations" USING btree ("title_normalised");--> statement-breakpoint
CREATE UNIQUE INDEX "report_shares_active_idx" ON "aube"."report_shares" USING btree ("exploration_id") WHERE "aube"."report_shares"."revoked_at" is null;