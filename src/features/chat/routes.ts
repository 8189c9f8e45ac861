import type { FastifyInstance } from "fastify";
import type { Platform } from "../../platform/platform";
import { registerChatAdminRoutes } from "./admin-routes";
import { createChatHub } from "./hub";
import { registerChatPublicRoutes } from "./public-routes";
import { registerChatRealtimeRoutes } from "./realtime-routes";
import { createChatCore } from "./service";
import { registerChatStaffRoutes } from "./staff-routes";

/** The chat feature: client API and WebSocket, no-JS pages, the worker workspace, and this process's hub. */
export function registerChatRoutes(app: FastifyInstance, platform: Platform): void {
  const core = createChatCore(platform);
  const hub = createChatHub({ core, events: platform.events, log: app.log });
  app.addHook("onReady", () => hub.start());
  app.addHook("preClose", () => hub.stop());
  registerChatRealtimeRoutes(app, { platform, core, hub });
  registerChatPublicRoutes(app, { platform, core });
  registerChatStaffRoutes(app, { platform, core });
  registerChatAdminRoutes(app, { platform });
}
