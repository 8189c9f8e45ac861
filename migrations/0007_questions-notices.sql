CREATE TABLE "question_notice_outbox" (
	"thread_id" uuid PRIMARY KEY NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "question_counts" ADD COLUMN "answered_one_day_late" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "question_counts" ADD COLUMN "answered_two_plus_days_late" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "question_counts" ADD COLUMN "unanswered" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "question_threads" ADD COLUMN "first_answer_late_days" integer;--> statement-breakpoint
ALTER TABLE "question_threads" ADD COLUMN "notify_email_enc" text;--> statement-breakpoint
ALTER TABLE "question_threads" ADD COLUMN "notice_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "question_notice_outbox" ADD CONSTRAINT "question_notice_outbox_thread_id_question_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."question_threads"("id") ON DELETE cascade ON UPDATE no action;