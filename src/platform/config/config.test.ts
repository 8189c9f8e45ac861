import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("has working defaults", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.publicUrl).toBe("http://127.0.0.1:3000");
    expect(config.rateLimit).toBe(true);
    expect(config.secureCookies).toBe(false);
  });

  it("names each bad variable", () => {
    expect(() => loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x" });
    } catch (error) {
      expect(String(error)).toMatch(/PORT/);
      expect(String(error)).toMatch(/DATABASE_URL/);
    }
  });

  it("uses secure cookies behind an https PUBLIC_URL and turns rate limits off only for 'off'", () => {
    expect(loadConfig({ PUBLIC_URL: "https://luukku.example.fi/" }).secureCookies).toBe(true);
    expect(loadConfig({ RATE_LIMIT: "off" }).rateLimit).toBe(false);
    expect(loadConfig({ RATE_LIMIT: "no" }).rateLimit).toBe(true);
  });
});
