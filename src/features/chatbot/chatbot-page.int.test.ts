import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../../test/support/test-app";

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
}, 60_000);
afterAll(async () => {
  await ctx.close();
});

function historyOf(html: string): string {
  const value = /name="history" value="([^"]*)"/.exec(html)?.[1] ?? "";
  return value
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

describe("the chatbot page without JavaScript", () => {
  it.each([
    ["fi", "/fi/chatbot"],
    ["sv", "/sv/chatbot"],
    ["en", "/en/chatbot"],
  ])("serves an empty, cacheable form in %s", async (lang, path) => {
    const response = await ctx.app.inject({ method: "GET", url: path });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toMatch(/^public/);
    expect(response.headers["set-cookie"]).toBeUndefined();
    expect(response.body).toContain(`<html lang="${lang}"`);
    expect(response.body).toContain('name="text"');
    expect(response.body).toContain('name="municipality"');
  });

  it("keeps the conversation in a hidden field and sets no cookie", async () => {
    const first = await ctx.app.inject({
      method: "POST",
      url: "/fi/chatbot",
      payload: { text: "miten haen toimeentulotukea", action: "ask", history: "", municipality: "837" },
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers["cache-control"]).toBe("no-store");
    expect(first.headers["set-cookie"]).toBeUndefined();
    expect(first.body).toContain("/fi/tietoa/toimeentulotuki");
    const history = historyOf(first.body);
    expect(JSON.parse(history)).toEqual([{ text: "miten haen toimeentulotukea" }]);

    const second = await ctx.app.inject({
      method: "POST",
      url: "/fi/chatbot",
      payload: { action: "topic:food-aid", history, municipality: "837", text: "" },
    });
    expect(second.statusCode).toBe(200);
    expect(JSON.parse(historyOf(second.body))).toHaveLength(2);
    expect(second.body).toContain("miten haen toimeentulotukea");

    const handoff = await ctx.app.inject({
      method: "POST",
      url: "/fi/chatbot",
      payload: { action: "handoff", history: historyOf(second.body), text: "" },
    });
    expect(handoff.body).toContain('href="/fi/chat"');
    expect(handoff.body).toContain('href="/fi/kysy"');
    expect(handoff.body).toContain("tel:112");

    const feedback = await ctx.app.inject({
      method: "POST",
      url: "/fi/chatbot",
      payload: { action: "up", history: historyOf(second.body), text: "" },
    });
    expect(feedback.body).toContain("Kiitos palautteesta");
  });

  it("shows an error tied to the field for an empty question", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/en/chatbot",
      payload: { text: " ", action: "ask" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('aria-describedby="chatbot-text-hint chatbot-text-error"');
    expect(response.body).toContain("Please write a question first.");
  });

  it.each(["<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "[x](javascript:alert(1))"])(
    "renders %s as text, never as markup",
    async (text) => {
      const response = await ctx.app.inject({
        method: "POST",
        url: "/en/chatbot",
        payload: { text, action: "ask" },
      });
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain("<script>alert");
      expect(response.body).not.toMatch(/<img[^>]*onerror/);
      expect(response.body).not.toMatch(/href="javascript:/);
      // Shown back to the person, escaped.
      expect(response.body).toContain(text.startsWith("<") ? `&lt;${text.slice(1, 12)}` : text);
    },
  );

  it("ignores a tampered history instead of failing", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/sv/chatbot",
      payload: { text: "hur söker man bostadsbidrag", action: "ask", history: '[{"text":5},' },
    });
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(historyOf(response.body))).toHaveLength(1);
  });
});
