import type { FastifyInstance } from "fastify";
import type { Platform } from "../../platform/platform";
import { registerQuestionsPublicRoutes } from "./public-routes";
import { registerQuestionsStaffRoutes } from "./staff-routes";

/** Written questions: the contract API, the public pages and the professional workspace. */
export function registerQuestionsRoutes(app: FastifyInstance, platform: Platform): void {
  registerQuestionsPublicRoutes(app, platform);
  registerQuestionsStaffRoutes(app, platform);
}
