import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchBrowser, startTestServer, type TestServer } from "../support/browser";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe("chatbot in Chromium", () => {
  it.each([
    ["fi", "/fi/chatbot"],
    ["sv", "/sv/chatbot"],
    ["en", "/en/chatbot"],
  ])(
    "the %s chatbot page has no axe violations, empty and with an answer",
    async (_lang, path) => {
      // axe runs as a script in the page, so JavaScript stays on here; the form posts all the same.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.fill("#chatbot-text", "rahat loppu eikä oo ruokaa");
      await page.click('button[value="ask"]');
      await page.waitForSelector(".chatbot-reply");
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
    120_000,
  );

  it("works without JavaScript: question, answer, then the handoff to a person", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/chatbot`);
    await page.fill("#chatbot-text", "<img src=x onerror=alert(1)> how do I apply for housing allowance");
    await page.selectOption("#chatbot-municipality", "837");
    await page.click('button[value="ask"]');
    await page.waitForSelector(".chatbot-reply");
    expect(await page.locator(".chatbot-you").first().textContent()).toContain(
      "<img src=x onerror=alert(1)>",
    );
    expect(await page.locator(".chatbot-log img").count()).toBe(0);
    await page.click('button[value="handoff"]');
    const chatLink = page.locator('.chatbot-handoff a[href="/en/chat"]');
    await chatLink.first().waitFor();
    expect(await page.locator('.chatbot-handoff a[href="/en/ask"]').count()).toBeGreaterThan(0);
    // The earlier turn is still shown: the conversation travelled in the hidden field.
    expect(await page.locator(".chatbot-you").count()).toBe(1);
    await context.close();
  });

  it("works with JavaScript: the island's dialog answers, takes feedback, hands off and closes with Esc", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/en`);
    const launcher = page.locator(".chatbot-launcher");
    await launcher.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("chatbot-island-text");
    await page.fill("#chatbot-island-text", "my landlord wants to evict me [x](javascript:alert(1))");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator(".chatbot-dialog .chatbot-reply").first().waitFor();
    expect(await page.locator('.chatbot-dialog a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator(".chatbot-dialog-log").getAttribute("aria-live")).toBe("polite");
    expect(await axeViolations(page)).toEqual([]);
    await page.locator(".chatbot-dialog .chatbot-feedback button").first().click();
    await page.getByText("Thank you for your feedback!").waitFor();
    await page.click(".chatbot-dialog-foot button");
    await page.locator('.chatbot-dialog .chatbot-handoff a[href="/en/chat"]').waitFor();
    await page.keyboard.press("Escape");
    expect(await page.locator(".chatbot-dialog").evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("chatbot-launcher");
    await context.close();
  });
});
