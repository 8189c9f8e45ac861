CREATE TABLE "chat_team_members" (
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "chat_team_members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "chat_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_org_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"retention_months" integer DEFAULT 12 NOT NULL,
	"reply_working_days" integer DEFAULT 2 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chat_services" ADD COLUMN "default_max_concurrent" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "chat_sessions" ADD COLUMN "team_id" uuid;--> statement-breakpoint
ALTER TABLE "program_courses" ADD COLUMN "reply_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "chat_team_members" ADD CONSTRAINT "chat_team_members_team_id_chat_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."chat_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_team_members" ADD CONSTRAINT "chat_team_members_user_id_staff_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_teams" ADD CONSTRAINT "chat_teams_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_org_settings" ADD CONSTRAINT "program_org_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "chat_teams_org_name" ON "chat_teams" USING btree ("org_id","name");--> statement-breakpoint
ALTER TABLE "chat_sessions" ADD CONSTRAINT "chat_sessions_team_id_chat_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."chat_teams"("id") ON DELETE set null ON UPDATE no action;