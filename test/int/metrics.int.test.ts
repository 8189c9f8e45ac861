import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../support/test-app";

const token = "metrics-token-for-tests-0123456789";
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ METRICS_TOKEN: token });
});
afterAll(async () => {
  await ctx.close();
});

describe("/metrics", () => {
  it("is closed without the token or a staff session, and Prometheus text with the token", async () => {
    expect((await ctx.app.inject("/metrics")).statusCode).toBe(401);
    expect(
      (await ctx.app.inject({ url: "/metrics", headers: { authorization: "Bearer wrong" } })).statusCode,
    ).toBe(401);
    await ctx.app.inject("/fi");
    const res = await ctx.app.inject({ url: "/metrics", headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("luukku_http_request_duration_seconds");
    expect(res.body).toContain("process_resident_memory_bytes");
  });
});
