ALTER TABLE "chat_daily_stats" ADD COLUMN "feedback" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "chat_daily_stats" ADD COLUMN "rating_sum" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "chat_daily_stats" ADD COLUMN "rating_1" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "chat_daily_stats" ADD COLUMN "rating_2" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "chat_daily_stats" ADD COLUMN "rating_3" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "chat_daily_stats" ADD COLUMN "rating_4" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "chat_daily_stats" ADD COLUMN "rating_5" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "chat_messages" ADD COLUMN "sender_alias" text;--> statement-breakpoint
-- Messages written before this column existed get their writer's alias (the best record left of it).
UPDATE "chat_messages" m SET "sender_alias" = u."alias" FROM "staff_users" u
  WHERE m."sender" = 'worker' AND m."sender_alias" IS NULL AND u."id" = m."sender_user_id";
