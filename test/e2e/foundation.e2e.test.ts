import { authenticator } from "otplib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchBrowser, startTestServer, type TestServer } from "../support/browser";
import { createEnrolledUser, createOrganisation, TEST_PASSWORD } from "../support/staff-fixtures";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await createOrganisation(server.database, "org-e2e");
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe("public layout in Chromium", () => {
  it.each(["fi", "sv", "en"])("has no axe violations on /%s and its crisis page", async (lang) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/${lang}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.click(".crisis-link");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("works by keyboard: skip link first, then quick exit with Esc twice", async () => {
    const context = await browser.newContext();
    // The neutral site is outside this closed network; answer for it so the navigation can be seen.
    await context.route("https://www.foreca.fi/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Weather</title>neutral" }),
    );
    const page = await context.newPage();
    await page.goto(`${server.origin}/fi`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Siirry sisältöön");
    await page.keyboard.press("Enter");
    expect(page.url()).toContain("#main");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.waitForURL("https://www.foreca.fi/**");
    expect(await page.title()).toBe("Weather");
    await context.close();
  });

  it("the quick-exit link works without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route("https://www.foreca.fi/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Weather</title>" }),
    );
    const page = await context.newPage();
    await page.goto(`${server.origin}/en`);
    await page.click("a[data-quick-exit]");
    await page.waitForURL("https://www.foreca.fi/**");
    await context.close();
  });
});

describe("staff login in Chromium", () => {
  it("needs the TOTP code: refused without it, in with it", async () => {
    const { secret } = await createEnrolledUser({
      database: server.database,
      cipher: server.cipher,
      orgSlug: "org-e2e",
      email: "e2e@org.test",
      roles: ["chat_worker", "org_admin"],
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/staff/login`);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill("#email", "e2e@org.test");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button[type=submit]");
    await page.waitForURL(/\/staff\/login\/verify$/);
    // Without the code, the staff area stays closed.
    await page.goto(`${server.origin}/staff/users`);
    expect(page.url()).toMatch(/\/staff\/login\/verify$/);
    await page.fill("#code", "123456");
    await page.click("button[type=submit]");
    await expect(page.locator("#error-summary").textContent()).resolves.toBeTruthy();
    await page.fill("#code", authenticator.generate(secret));
    await page.click("button[type=submit]");
    await page.waitForURL(/\/staff$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${server.origin}/staff/users`);
    expect(await page.locator("h1").textContent()).toContain("org-e2e");
    await context.close();
  });

  it("a new user enrols TOTP from the key on the page", async () => {
    await server.app.inject({ url: "/healthz" });
    const { createStaffUser } = await import("../../src/platform/auth/index");
    await createStaffUser({
      database: server.database,
      input: {
        orgSlug: "org-e2e",
        email: "new@org.test",
        displayName: "New",
        roles: ["counsellor"],
        password: TEST_PASSWORD,
      },
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/staff/login`);
    await page.fill("#email", "new@org.test");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button[type=submit]");
    await page.waitForURL(/\/staff\/mfa\/setup$/);
    expect(await axeViolations(page)).toEqual([]);
    const secret = await page.locator("[data-totp-secret]").getAttribute("data-totp-secret");
    expect(secret).toBeTruthy();
    await page.fill("#code", authenticator.generate(secret ?? ""));
    await page.click("button[type=submit]");
    await page.waitForURL(/\/staff$/);
    await context.close();
  });
});
