CREATE TABLE "chatbot_daily_counts" (
	"day" date NOT NULL,
	"lang" text NOT NULL,
	"topic" text NOT NULL,
	"conversations" integer DEFAULT 0 NOT NULL,
	"messages" integer DEFAULT 0 NOT NULL,
	"crisis" integer DEFAULT 0 NOT NULL,
	"handoffs" integer DEFAULT 0 NOT NULL,
	"unanswered" integer DEFAULT 0 NOT NULL,
	"clarifications" integer DEFAULT 0 NOT NULL,
	"feedback_up" integer DEFAULT 0 NOT NULL,
	"feedback_down" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "chatbot_daily_counts_day_lang_topic_pk" PRIMARY KEY("day","lang","topic")
);
--> statement-breakpoint
CREATE TABLE "chatbot_unanswered" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lang" text NOT NULL,
	"text_enc" text NOT NULL
);
