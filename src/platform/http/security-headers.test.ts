import helmet from "@fastify/helmet";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { buildCsp, defaultCsp, helmetOptions, securityHeaders } from "./security-headers";

describe("securityHeaders", () => {
  it("are exactly what @fastify/helmet sets with our options", async () => {
    const app = Fastify();
    await app.register(helmet, helmetOptions);
    app.get("/", (_request, reply) => reply.send("ok"));
    const res = await app.inject("/");
    await app.close();
    const fromHelmet = Object.fromEntries(
      Object.entries(res.headers)
        .filter(([name]) => !["content-type", "content-length", "date", "connection"].includes(name))
        .map(([name, value]) => [name, String(value)]),
    );
    expect(securityHeaders).toEqual(fromHelmet);
  });

  it("builds a CSP without inline scripts, with a nonce only when asked", () => {
    expect(defaultCsp).toBe(buildCsp(undefined));
    expect(defaultCsp).toContain("script-src 'self';");
    expect(defaultCsp).toContain("frame-ancestors 'none'");
    expect(defaultCsp).not.toContain("unsafe-inline");
    expect(buildCsp("abc")).toContain("script-src 'self' 'nonce-abc';");
  });
});
