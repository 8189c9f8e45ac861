import type { FastifyInstance, FastifyRequest } from "fastify";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import { safeEqual } from "../crypto/tokens";
import { HttpError } from "../http/http-error";

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  events: Counter<"event">;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: "luukku_http_request_duration_seconds",
      help: "HTTP request duration by route template",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    events: new Counter({
      name: "luukku_events_total",
      help: "Domain events",
      labelNames: ["event"],
      registers: [registry],
    }),
  };
}

/** `/metrics` for a bearer token (METRICS_TOKEN) or a signed-in staff member allowed by `isStaffAllowed`. */
export function registerMetrics(
  app: FastifyInstance,
  deps: {
    metrics: Metrics;
    token: string | undefined;
    isStaffAllowed: (request: FastifyRequest) => Promise<boolean>;
  },
): void {
  // One histogram child per method, route and status, looked up by a string key: prom-client's
  // labels() would hash the label object again on every request.
  const children = new Map<string, { observe: (value: number) => void }>();
  app.addHook("onResponse", (request, reply, done) => {
    const route = request.is404 ? "unmatched" : (request.routeOptions.url ?? "unmatched");
    const key = `${request.method} ${route} ${String(reply.statusCode)}`;
    let child = children.get(key);
    if (!child) {
      child = deps.metrics.httpDuration.labels(request.method, route, String(reply.statusCode));
      children.set(key, child);
    }
    child.observe(reply.elapsedTime / 1000);
    done();
  });
  app.get("/metrics", async (request, reply) => {
    const auth = request.headers.authorization;
    const byToken =
      deps.token !== undefined && typeof auth === "string" && safeEqual(auth, `Bearer ${deps.token}`);
    if (!byToken && !(await deps.isStaffAllowed(request)))
      throw new HttpError(401, "unauthorized", "error.unauthorized");
    return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
}
