CREATE TYPE "public"."achievement_status" AS ENUM('draft', 'pending_review', 'rejected', 'published', 'in_negotiation', 'transacted', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."answer_status" AS ENUM('submitted', 'shortlisted', 'awarded', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."demand_access_kind" AS ENUM('invited', 'nda');--> statement-breakpoint
CREATE TYPE "public"."demand_status" AS ENUM('draft', 'open', 'evaluating', 'awarded', 'closed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."ip_kind" AS ENUM('invention_patent', 'utility_model', 'design_patent', 'software_copyright', 'other');--> statement-breakpoint
CREATE TYPE "public"."ip_status" AS ENUM('application', 'granted', 'expired', 'lapsed');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('member', 'admin');--> statement-breakpoint
CREATE TYPE "public"."org_kind" AS ENUM('enterprise', 'university', 'research_institute', 'hospital', 'broker_agency', 'investor', 'government');--> statement-breakpoint
CREATE TYPE "public"."rejection_reason" AS ENUM('not_relevant', 'trl_too_low', 'indicators_not_met', 'price_too_high', 'timeline_too_long', 'team_capacity', 'ip_unclear', 'better_alternative', 'other');--> statement-breakpoint
CREATE TYPE "public"."rights_status" AS ENUM('unit_retained', 'team_ownership', 'long_term_use');--> statement-breakpoint
CREATE TYPE "public"."visibility" AS ENUM('public', 'registered', 'private');--> statement-breakpoint
CREATE TABLE "broker_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"tier" text NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"certifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"deals_closed" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "member_role" DEFAULT 'member' NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"role" "member_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_id_org_id_pk" PRIMARY KEY("user_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "org_kind" NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"country" text NOT NULL,
	"province" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"uscc" text,
	"verified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"locale" text DEFAULT 'zh-CN' NOT NULL,
	"platform_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"org_id" uuid,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "achievements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"created_by" uuid,
	"title_zh" text,
	"title_en" text,
	"summary_zh" text,
	"summary_en" text,
	"description_zh" text,
	"description_en" text,
	"field" text NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"trl" integer NOT NULL,
	"team" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"transfer_modes" text[] NOT NULL,
	"price_min" double precision,
	"price_max" double precision,
	"price_currency" text DEFAULT 'CNY' NOT NULL,
	"price_negotiable" boolean DEFAULT false NOT NULL,
	"publicly_funded" boolean DEFAULT false NOT NULL,
	"rights_status" "rights_status" DEFAULT 'unit_retained' NOT NULL,
	"rights_use_years" integer,
	"negative_list" boolean DEFAULT false NOT NULL,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"country" text DEFAULT 'CN' NOT NULL,
	"province" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"status" "achievement_status" DEFAULT 'draft' NOT NULL,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_verified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demand_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"approach" text NOT NULL,
	"milestones" jsonb NOT NULL,
	"quote_amount" double precision NOT NULL,
	"quote_currency" text DEFAULT 'CNY' NOT NULL,
	"team" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"achievement_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" "answer_status" DEFAULT 'submitted' NOT NULL,
	"decision_reason" "rejection_reason",
	"feedback" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_access" (
	"demand_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" "demand_access_kind" NOT NULL,
	"granted_by" uuid NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_access_demand_id_org_id_pk" PRIMARY KEY("demand_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"created_by" uuid,
	"title_zh" text,
	"title_en" text,
	"summary_zh" text,
	"summary_en" text,
	"confidential_zh" text,
	"confidential_en" text,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"field" text NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"wanted_modes" text[] NOT NULL,
	"budget_min" double precision,
	"budget_max" double precision,
	"budget_currency" text DEFAULT 'CNY' NOT NULL,
	"budget_negotiable" boolean DEFAULT false NOT NULL,
	"deadline" date NOT NULL,
	"response_deadline" date NOT NULL,
	"min_trl" integer NOT NULL,
	"criteria" text[] NOT NULL,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"country" text DEFAULT 'CN' NOT NULL,
	"province" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"status" "demand_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_verified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"answer_id" uuid NOT NULL,
	"answer_org_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"overall" double precision NOT NULL,
	"comment" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ip_assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"achievement_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"number" text NOT NULL,
	"kind" "ip_kind" NOT NULL,
	"status" "ip_status" NOT NULL,
	"title" text,
	"expires_on" date
);
--> statement-breakpoint
ALTER TABLE "broker_profiles" ADD CONSTRAINT "broker_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_owner_org_id_organizations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_access" ADD CONSTRAINT "demand_access_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_access" ADD CONSTRAINT "demand_access_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_access" ADD CONSTRAINT "demand_access_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_owner_org_id_organizations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_answer_org_id_organizations_id_fk" FOREIGN KEY ("answer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_evaluator_id_users_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_assets" ADD CONSTRAINT "ip_assets_achievement_id_achievements_id_fk" FOREIGN KEY ("achievement_id") REFERENCES "public"."achievements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_key" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_org_idx" ON "invitations" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "memberships_org_idx" ON "memberships" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_uscc_key" ON "organizations" USING btree ("uscc") WHERE "organizations"."uscc" is not null;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE INDEX "audit_org_idx" ON "audit_log" USING btree ("org_id","id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "achievements_public_idx" ON "achievements" USING btree ("status","published_at","id");--> statement-breakpoint
CREATE INDEX "achievements_owner_idx" ON "achievements" USING btree ("owner_org_id","updated_at");--> statement-breakpoint
CREATE INDEX "achievements_field_idx" ON "achievements" USING btree ("field");--> statement-breakpoint
CREATE UNIQUE INDEX "answers_demand_org_key" ON "answers" USING btree ("demand_id","org_id");--> statement-breakpoint
CREATE INDEX "answers_org_idx" ON "answers" USING btree ("org_id","submitted_at");--> statement-breakpoint
CREATE INDEX "demand_access_org_idx" ON "demand_access" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "demands_public_idx" ON "demands" USING btree ("status","published_at","id");--> statement-breakpoint
CREATE INDEX "demands_owner_idx" ON "demands" USING btree ("owner_org_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_answer_key" ON "evaluations" USING btree ("answer_id");--> statement-breakpoint
CREATE INDEX "evaluations_org_idx" ON "evaluations" USING btree ("answer_org_id","created_at");--> statement-breakpoint
CREATE INDEX "ip_assets_achievement_idx" ON "ip_assets" USING btree ("achievement_id","position");--> statement-breakpoint
CREATE INDEX "ip_assets_number_idx" ON "ip_assets" USING btree ("number");