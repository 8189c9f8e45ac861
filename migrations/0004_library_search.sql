CREATE TABLE "library_articles" (
	"id" text NOT NULL,
	"lang" text NOT NULL,
	"slug" text NOT NULL,
	"hub" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"summary" text NOT NULL,
	"keywords" jsonb NOT NULL,
	"questionnaires" jsonb NOT NULL,
	"programs" jsonb NOT NULL,
	"related" jsonb NOT NULL,
	"author" text NOT NULL,
	"reviewed" date NOT NULL,
	"sections" jsonb NOT NULL,
	"plain_text" text NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_articles_id_lang_pk" PRIMARY KEY("id","lang")
);
--> statement-breakpoint
CREATE TABLE "question_counts" (
	"org_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"unit_key" text DEFAULT '' NOT NULL,
	"month" date NOT NULL,
	"questions" integer DEFAULT 0 NOT NULL,
	"follow_ups" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"answered_within_promise" integer DEFAULT 0 NOT NULL,
	"first_answer_hours_sum" integer DEFAULT 0 NOT NULL,
	"crisis" integer DEFAULT 0 NOT NULL,
	"helped" integer DEFAULT 0 NOT NULL,
	"not_helped" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"thread_id" uuid NOT NULL,
	"author" text NOT NULL,
	"staff_user_id" uuid,
	"text_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{fi,sv,en}'::text[] NOT NULL,
	"professions" text[] DEFAULT '{}'::text[] NOT NULL,
	"answer_within_working_days" integer DEFAULT 3 NOT NULL,
	"voucher_required" boolean DEFAULT false NOT NULL,
	"follow_up_limit" integer DEFAULT 3 NOT NULL,
	"retention_days" integer DEFAULT 30 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"lang" text NOT NULL,
	"topic" text,
	"status" text DEFAULT 'waiting' NOT NULL,
	"crisis" boolean DEFAULT false NOT NULL,
	"crisis_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"answer_due" timestamp with time zone NOT NULL,
	"unit_id" uuid,
	"follow_ups" integer DEFAULT 0 NOT NULL,
	"claimed_by" uuid,
	"claimed_at" timestamp with time zone,
	"first_answered_at" timestamp with time zone,
	"feedback" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "question_threads_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "question_voucher_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"count" integer NOT NULL,
	"questions_per_voucher" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_voucher_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"vouchers_issued" integer DEFAULT 0 NOT NULL,
	"redemptions" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_vouchers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"questions_allowed" integer NOT NULL,
	"questions_used" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "question_vouchers_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "search_documents" (
	"key" text NOT NULL,
	"lang" text NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"keywords" text NOT NULL,
	"boost" real DEFAULT 1 NOT NULL,
	"document" "tsvector" NOT NULL,
	CONSTRAINT "search_documents_key_lang_pk" PRIMARY KEY("key","lang")
);
--> statement-breakpoint
CREATE TABLE "search_synonyms" (
	"lang" text NOT NULL,
	"term" text NOT NULL,
	"expansion" text NOT NULL,
	CONSTRAINT "search_synonyms_lang_term_expansion_pk" PRIMARY KEY("lang","term","expansion")
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"lang" text NOT NULL,
	"term" text NOT NULL,
	CONSTRAINT "search_terms_lang_term_pk" PRIMARY KEY("lang","term")
);
--> statement-breakpoint
ALTER TABLE "question_counts" ADD CONSTRAINT "question_counts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_messages" ADD CONSTRAINT "question_messages_thread_id_question_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."question_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_services" ADD CONSTRAINT "question_services_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_templates" ADD CONSTRAINT "question_templates_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_threads" ADD CONSTRAINT "question_threads_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_threads" ADD CONSTRAINT "question_threads_service_id_question_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."question_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_threads" ADD CONSTRAINT "question_threads_unit_id_question_voucher_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."question_voucher_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_voucher_batches" ADD CONSTRAINT "question_voucher_batches_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_voucher_batches" ADD CONSTRAINT "question_voucher_batches_unit_id_question_voucher_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."question_voucher_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_voucher_units" ADD CONSTRAINT "question_voucher_units_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_vouchers" ADD CONSTRAINT "question_vouchers_batch_id_question_voucher_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."question_voucher_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_vouchers" ADD CONSTRAINT "question_vouchers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_vouchers" ADD CONSTRAINT "question_vouchers_unit_id_question_voucher_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."question_voucher_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "library_articles_lang_slug" ON "library_articles" USING btree ("lang","slug");--> statement-breakpoint
CREATE INDEX "library_articles_lang_hub" ON "library_articles" USING btree ("lang","hub");--> statement-breakpoint
CREATE UNIQUE INDEX "question_counts_key" ON "question_counts" USING btree ("org_id","service_id","topic","unit_key","month");--> statement-breakpoint
CREATE INDEX "question_messages_thread" ON "question_messages" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "question_services_org_slug" ON "question_services" USING btree ("org_id","slug");--> statement-breakpoint
CREATE INDEX "question_threads_queue" ON "question_threads" USING btree ("org_id","status","crisis","answer_due");--> statement-breakpoint
CREATE UNIQUE INDEX "question_voucher_units_org_name" ON "question_voucher_units" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "search_documents_document" ON "search_documents" USING gin ("document");--> statement-breakpoint
CREATE INDEX "search_documents_title_trgm" ON "search_documents" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_terms_trgm" ON "search_terms" USING gin ("term" gin_trgm_ops);