CREATE TABLE "program_course_answers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"course_id" uuid NOT NULL,
	"exercise_id" text NOT NULL,
	"answer_enc" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_course_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"course_id" uuid NOT NULL,
	"sender" text NOT NULL,
	"body_enc" text NOT NULL,
	"crisis" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_courses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"counsellor_user_id" uuid,
	"program_id" text NOT NULL,
	"lang" text NOT NULL,
	"client_code_hash" text NOT NULL,
	"contacts_total" integer NOT NULL,
	"contacts_used" integer DEFAULT 0 NOT NULL,
	"shared_parts" text DEFAULT '' NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"crisis_at" timestamp with time zone,
	"awaiting_reply" boolean DEFAULT false NOT NULL,
	"done_modules" text DEFAULT '' NOT NULL,
	"who5_start_enc" text,
	"who5_end_enc" text,
	"feedback_enc" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"counsellor_user_id" uuid,
	"program_id" text NOT NULL,
	"code_hash" text NOT NULL,
	"contacts" integer NOT NULL,
	"weeks" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "program_invitations_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "program_resume_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"lookup_hash" text NOT NULL,
	"salt" text NOT NULL,
	"ciphertext" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_resume_records_lookup_hash_unique" UNIQUE("lookup_hash")
);
--> statement-breakpoint
CREATE TABLE "questionnaire_shares" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code_hash" text NOT NULL,
	"org_id" uuid NOT NULL,
	"payload_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "questionnaire_shares_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
ALTER TABLE "program_course_answers" ADD CONSTRAINT "program_course_answers_course_id_program_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."program_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_course_messages" ADD CONSTRAINT "program_course_messages_course_id_program_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."program_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_courses" ADD CONSTRAINT "program_courses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_courses" ADD CONSTRAINT "program_courses_counsellor_user_id_staff_users_id_fk" FOREIGN KEY ("counsellor_user_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_invitations" ADD CONSTRAINT "program_invitations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_invitations" ADD CONSTRAINT "program_invitations_counsellor_user_id_staff_users_id_fk" FOREIGN KEY ("counsellor_user_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_shares" ADD CONSTRAINT "questionnaire_shares_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "program_course_answers_unique" ON "program_course_answers" USING btree ("course_id","exercise_id");--> statement-breakpoint
CREATE INDEX "program_course_messages_course_idx" ON "program_course_messages" USING btree ("course_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "program_courses_code_idx" ON "program_courses" USING btree ("client_code_hash");--> statement-breakpoint
CREATE INDEX "program_courses_org_idx" ON "program_courses" USING btree ("org_id","counsellor_user_id");--> statement-breakpoint
CREATE INDEX "program_invitations_org_idx" ON "program_invitations" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "questionnaire_shares_expires_idx" ON "questionnaire_shares" USING btree ("expires_at");