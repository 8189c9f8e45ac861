import type { FastifyInstance } from "fastify";
import { mailerFor } from "../../platform/mail/index";
import type { Platform } from "../../platform/platform";
import { startNoticeSender } from "./notify-answer-ready";
import { registerQuestionsPublicRoutes } from "./public-routes";
import { registerQuestionsStaffRoutes } from "./staff-routes";

/** Written questions: the contract API, the public pages, the professional workspace and answer notices. */
export function registerQuestionsRoutes(app: FastifyInstance, platform: Platform): void {
  const mailer = mailerFor(platform.config);
  const notices = mailer
    ? startNoticeSender(
        {
          database: platform.database,
          cipher: platform.cipher,
          mailer,
          publicUrl: platform.config.publicUrl,
        },
        app.log,
      )
    : undefined;
  if (notices) app.addHook("onClose", () => notices.stop());
  registerQuestionsPublicRoutes(app, platform, { mailAvailable: mailer !== undefined });
  registerQuestionsStaffRoutes(app, platform, {
    onAnswerSaved: () => {
      notices?.kick();
    },
  });
}
