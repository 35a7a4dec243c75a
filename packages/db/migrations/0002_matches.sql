CREATE TYPE "public"."match_action" AS ENUM('viewed', 'contacted', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."match_dismiss_reason" AS ENUM('TOO_EARLY_TRL_TOO_LOW', 'BENEFIT_UNCLEAR', 'COMMERCIAL_ROUTE_UNCLEAR', 'IP_NOT_AVAILABLE', 'PRICE_OR_TERMS', 'NOT_OUR_FIELD', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."match_side" AS ENUM('enterprise', 'institute', 'broker');--> statement-breakpoint
CREATE TABLE "match_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid,
	"demand_id" uuid NOT NULL,
	"achievement_id" uuid NOT NULL,
	"side" "match_side" NOT NULL,
	"org_id" uuid,
	"user_id" uuid NOT NULL,
	"action" "match_action" NOT NULL,
	"reason" "match_dismiss_reason",
	"reason_text" text,
	"components" jsonb NOT NULL,
	"score" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matcher_weights" (
	"version" serial PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"fitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"positive_samples" integer NOT NULL,
	"negative_samples" integer NOT NULL,
	"active" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demand_id" uuid NOT NULL,
	"achievement_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"components" jsonb NOT NULL,
	"explanation" jsonb NOT NULL,
	"weights_version" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_achievement_id_achievements_id_fk" FOREIGN KEY ("achievement_id") REFERENCES "public"."achievements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_achievement_id_achievements_id_fk" FOREIGN KEY ("achievement_id") REFERENCES "public"."achievements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "match_feedback_user_action_key" ON "match_feedback" USING btree ("demand_id","achievement_id","user_id","action");--> statement-breakpoint
CREATE INDEX "match_feedback_match_idx" ON "match_feedback" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "match_feedback_pair_idx" ON "match_feedback" USING btree ("demand_id","achievement_id","action");--> statement-breakpoint
CREATE UNIQUE INDEX "matcher_weights_active_key" ON "matcher_weights" USING btree ("active") WHERE "matcher_weights"."active";--> statement-breakpoint
CREATE UNIQUE INDEX "matches_pair_key" ON "matches" USING btree ("demand_id","achievement_id");--> statement-breakpoint
CREATE INDEX "matches_demand_score_idx" ON "matches" USING btree ("demand_id","score" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "matches_achievement_score_idx" ON "matches" USING btree ("achievement_id","score" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "matches_score_idx" ON "matches" USING btree ("score" DESC NULLS LAST,"id");