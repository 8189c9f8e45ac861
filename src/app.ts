import websocket from "@fastify/websocket";
import Fastify, { type FastifyInstance } from "fastify";
import {
  createStaffAuth,
  createStaffGuard,
  hasRole,
  isGlobalAdmin,
  registerStaffAuthRoutes,
} from "./platform/auth/index";
import type { Config } from "./platform/config/index";
import type { FieldCipher } from "./platform/crypto/index";
import type { Database } from "./platform/db/index";
import { installHttp } from "./platform/http/install-http";
import { loggerOptions } from "./platform/logging/logger-options";
import { createMetrics, registerMetrics } from "./platform/metrics/index";
import type { Platform } from "./platform/platform";
import { createEventBus, websocketErrorHandler } from "./platform/realtime/index";
import { buildAssets, type BuiltAssets } from "./platform/views/assets";
import { renderErrorPage } from "./platform/views/error-page";
import { registerAdminRoutes } from "./features/admin/index";
import { registerSiteRoutes } from "./features/site/index";
import { registerChatRoutes } from "./features/chat/index";
import { registerChatbotRoutes } from "./features/chatbot/index";
import { registerLibraryRoutes } from "./features/library/index";
import { registerSearchRoutes } from "./features/search/index";
import { registerServiceRoutes } from "./features/services/index";
import { registerQuestionsRoutes } from "./features/questions/index";
import { registerQuestionnaireRoutes } from "./features/questionnaires/index";
import { registerNavigatorRoutes } from "./features/navigator/index";
import { registerProgramRoutes } from "./features/programs/index";

export interface AppDeps {
  config: Config;
  database: Database;
  cipher: FieldCipher;
  assets?: BuiltAssets;
}

/** The whole app on one screen: platform first, then each feature's routes. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database, cipher } = deps;
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    bodyLimit: 64 * 1024,
    trustProxy: false,
    return503OnClosing: true,
    // Start-up work in plugins (the chatbot trains its model) can pass Fastify's 10 s default on a busy
    // two-core machine; a slow start is better than a failed one.
    pluginTimeout: 60_000,
  });
  const assets = deps.assets ?? (await buildAssets());
  await installHttp(app, { assets, origin: config.publicUrl, rateLimit: config.rateLimit, renderErrorPage });

  const auth = createStaffAuth({ database, cipher, idleMinutes: config.staffSessionIdleMinutes });
  const guard = createStaffGuard({
    auth,
    secureCookies: config.secureCookies,
    csrfSecret: cipher.deriveSecret("csrf"),
  });

  app.get("/healthz", (_request, reply) => reply.send({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    try {
      await database.sql`select 1`;
      return { status: "ok" };
    } catch {
      return reply.code(503).send({ status: "unavailable" });
    }
  });
  const metrics = createMetrics();
  const events = createEventBus(database.sql);
  const platform: Platform = { config, database, cipher, auth, guard, events, metrics };
  // Browsers may send 64 KiB frames at most; anything bigger is refused before it is read.
  await app.register(websocket, { options: { maxPayload: 64 * 1024 }, errorHandler: websocketErrorHandler });

  registerMetrics(app, {
    metrics,
    token: config.metricsToken,
    isStaffAllowed: async (request) => {
      const token = guard.readToken(request);
      const context = token ? await auth.resolveSession({ token }) : undefined;
      return context?.mfaVerified === true && (isGlobalAdmin(context) || hasRole(context, "manager"));
    },
  });

  registerStaffAuthRoutes(app, { auth, guard, origin: config.publicUrl });
  registerSiteRoutes(app);
  // Feature routes: one line each, taking the platform.
  registerChatRoutes(app, platform);
  registerChatbotRoutes(app, platform);
  registerLibraryRoutes(app, platform);
  registerSearchRoutes(app, platform);
  registerServiceRoutes(app, platform);
  registerQuestionsRoutes(app, platform);
  registerQuestionnaireRoutes(app, platform);
  registerNavigatorRoutes(app, platform);
  registerProgramRoutes(app, platform);
  registerAdminRoutes(app, platform);
  return app;
}
