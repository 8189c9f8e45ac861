import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPublicContent } from "../../src/features/search/index";
import { axeViolations, launchBrowser, startTestServer, type TestServer } from "../support/browser";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  await loadPublicContent({ database: server.database });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

const pages = {
  fi: [
    "/fi/tietoa/masennus",
    "/fi/aiheet/mielenterveys",
    "/fi/haku?q=masennuksesta",
    "/fi/haku?q=qwxzv",
    "/fi/palvelut/837",
    "/fi/palvelut",
  ],
  sv: [
    "/sv/information/depression",
    "/sv/amnen/psykisk-halsa",
    "/sv/sok?q=skulder",
    "/sv/tjanster/091",
    "/sv/tjanster/pi",
  ],
  en: [
    "/en/information/depression",
    "/en/topics/getting-help",
    "/en/search?q=sleep",
    "/en/services/853",
    "/en/services",
  ],
} as const;

describe("library, search and services in Chromium", () => {
  const cases = Object.values(pages).flatMap((paths) => paths.map((path) => [path] as const));
  it.each(cases)("has no axe violations on %s", async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`${server.origin}${path}`);
    expect(res?.status(), path).toBe(200);
    expect(await axeViolations(page), path).toEqual([]);
    await context.close();
  });

  it("works without JavaScript: search, open an article, pick a municipality", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/fi/haku`);
    await page.fill("#search-q", "toimeentulotukea");
    await page.click(".search-form button[type=submit]");
    await page.waitForURL(/\/fi\/haku\?q=toimeentulotukea/);
    const first = page.locator(".search-results a").first();
    expect(await first.getAttribute("href")).toMatch(/^\/fi\/tietoa\//);
    expect(await page.locator(".search-results mark").count()).toBeGreaterThan(0);
    await first.click();
    await page.waitForURL(/\/fi\/tietoa\//);
    expect(await page.locator("h1").textContent()).toMatch(/toimeentulotuki/i);
    expect(await page.locator(".box-crisis h2").count()).toBeGreaterThan(0);
    await page.click('.box-soft a[href="/fi/palvelut"]');
    await page.waitForURL(/\/fi\/palvelut$/);
    await page.selectOption("#municipality", "837");
    await page.click(".picker button[type=submit]");
    await page.waitForURL(/\/fi\/palvelut\/837$/);
    expect(await page.locator("h1").textContent()).toContain("Tampere");
    expect(await page.locator(".demo-notice").count()).toBe(1);
    await context.close();
  });
});
