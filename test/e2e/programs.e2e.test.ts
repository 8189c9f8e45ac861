import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchBrowser, startTestServer, type TestServer } from "../support/browser";
import { dumpDatabase } from "../support/dump-database";
import { createEnrolledUser, createOrganisation, TEST_PASSWORD } from "../support/staff-fixtures";
import { authenticator } from "otplib";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await createOrganisation(server.database, "org-programs");
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

const MODULE = "/en/self-care/lifting-low-mood/what-low-mood-is";
const DIARY = "/en/self-care/worry-and-anxiety/worry-time";
const BUDGET = "/en/self-care/money-worries/monthly-budget";
const PLANNER = "/en/self-care/lifting-low-mood/plan-your-week";

async function shownCode(page: Page): Promise<string> {
  return ((await page.locator("[data-shown-code]").first().textContent()) ?? "").trim();
}

describe("program pages are accessible", () => {
  it.each([
    ["fi", "/fi/omahoito"],
    ["sv", "/sv/egenvard"],
    ["en", "/en/self-care"],
  ])("%s: catalogue, program and module pages have no axe violations", async (_lang, base) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${base}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator(".program-cards h2 a").first().click();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator(".module-list a").nth(2).click();
    await page.waitForSelector("form[data-program-exercise]");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("the budget, diary and planner modules have no axe violations, and sums update live", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${BUDGET}`);
    expect(await axeViolations(page)).toEqual([]);
    const incomeInputs = page.locator("input[name^='i.']");
    await incomeInputs.nth(0).fill("1 250,50");
    await page.locator("input[name^='c.']").nth(0).fill("300");
    await expect.poll(() => page.locator("[data-sum='balance']").textContent()).toBe("950.50 €");
    await page.goto(`${server.origin}${DIARY}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${server.origin}${PLANNER}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("doing a program", () => {
  it("without JavaScript: an exercise is saved with a resume code, and bad input keeps it", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${MODULE}`);
    await page.check("#ex-mood-check-v-mood-6");
    await page.check("#ex-mood-check-v-energy-3");
    await page.click("form[data-exercise='mood-check'] button[value='create-code']");
    const code = await shownCode(page);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}$/);
    expect(await page.isChecked("#ex-mood-check-v-mood-6")).toBe(true);
    expect(page.url()).not.toContain(code);
    // A worry with an intensity out of range: a clear error, nothing lost.
    await page.goto(`${server.origin}${DIARY}`);
    await page.fill("#ex-worry-diary-n-worry", "The rent");
    await page.fill("#ex-worry-diary-n-intensity", "300");
    await page.click("form[data-exercise='worry-diary'] button[type=submit]");
    expect(await page.locator(".error-summary").count()).toBe(1);
    expect(await page.getAttribute("#ex-worry-diary-n-intensity", "aria-describedby")).toContain("error");
    expect(await page.inputValue("#ex-worry-diary-n-worry")).toBe("The rent");
    await page.goto(`${server.origin}${MODULE}`);
    expect(await page.isChecked("#ex-mood-check-v-mood-6")).toBe(true);
    // The weekly planner: an activity and how it felt afterwards, both kept behind the same code.
    await page.goto(`${server.origin}${PLANNER}`);
    await page.fill("#ex-weekly-plan-a-mon-morning", "A short walk outside");
    await page.fill("#ex-weekly-plan-m-mon-morning", "7");
    await page.click("form[data-exercise='weekly-plan'] button[value='save']");
    await page.goto(`${server.origin}${PLANNER}`);
    expect(await page.inputValue("#ex-weekly-plan-a-mon-morning")).toBe("A short walk outside");
    expect(await page.inputValue("#ex-weekly-plan-m-mon-morning")).toBe("7");
    await context.close();
  });

  it("with JavaScript: an answer the server refuses says why and marks the field, nothing typed is lost", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${BUDGET}`);
    const income = page.locator("input[name^='i.']").first();
    await income.fill("12abc");
    await page.click("form[data-exercise='monthly-budget'] button[value='device']");
    const status = page.locator("form[data-exercise='monthly-budget'] [data-save-status]");
    await expect.poll(() => status.textContent()).toContain("The answer was not saved.");
    expect(await income.getAttribute("aria-invalid")).toBe("true");
    expect(await income.inputValue()).toBe("12abc");
    await income.fill("1200");
    await page.click("form[data-exercise='monthly-budget'] button[value='device']");
    await expect.poll(() => status.textContent()).toBe("Saved on this device.");
    expect(await income.getAttribute("aria-invalid")).toBeNull();
    await context.close();
  });

  it("with JavaScript: answers stay on the device, move behind a resume code and continue in a fresh browser", async () => {
    const first = await browser.newContext();
    const page = await first.newPage();
    await page.goto(`${server.origin}${MODULE}`);
    await page.check("#ex-mood-check-v-mood-8");
    await page.click("form[data-exercise='mood-check'] button[value='device']");
    await expect
      .poll(() => page.locator("form[data-exercise='mood-check'] [data-save-status]").textContent())
      .toBe("Saved on this device.");
    await page.reload();
    expect(await page.isChecked("#ex-mood-check-v-mood-8")).toBe(true);
    await page.goto(`${server.origin}/en/self-care/lifting-low-mood`);
    await page.click("form[data-resume-create] button");
    const code = await shownCode(page);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}$/);
    await first.close();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`${server.origin}/en/self-care/lifting-low-mood`);
    await other.fill("#resume-code", code.toLowerCase().replace(/-/g, " "));
    await other.click("#resume-code ~ button, form:has(#resume-code) button");
    expect(await other.locator(".notice").first().textContent()).toContain("Resume code opened");
    await other.goto(`${server.origin}${MODULE}`);
    expect(await other.isChecked("#ex-mood-check-v-mood-8")).toBe(true);
    // Saving now goes to the server behind the code.
    await other.check("#ex-mood-check-v-energy-5");
    await other.click("form[data-exercise='mood-check'] button[value='save']");
    await expect
      .poll(() => other.locator("form[data-exercise='mood-check'] [data-save-status]").textContent())
      .toBe("Saved.");
    await fresh.close();
  });

  it("a wrong code is refused with a clear message", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/self-care/lifting-low-mood`);
    await page.fill("#resume-code", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/en/self-care/resume")),
      page.click("form:has(#resume-code) button"),
    ]);
    expect(response.status()).toBe(404);
    expect(await page.locator("#resume-code-error").textContent()).toContain("No saved answers");
    await context.close();
  });
});

describe("guided self-care between two browsers", () => {
  it("invite, join, message both ways, consent takes effect at once, crisis words flag the course; diary canary is encrypted", async () => {
    const { secret } = await createEnrolledUser({
      database: server.database,
      cipher: server.cipher,
      orgSlug: "org-programs",
      email: "counsellor@programs.test",
      roles: ["counsellor", "org_admin"],
    });
    const proContext = await browser.newContext({ locale: "en-GB" });
    const pro = await proContext.newPage();
    pro.setDefaultTimeout(15_000);
    await pro.goto(`${server.origin}/staff/login`);
    await pro.fill("#email", "counsellor@programs.test");
    await pro.fill("#password", TEST_PASSWORD);
    await pro.click("button[type=submit]");
    await pro.fill("#code", authenticator.generate(secret));
    await pro.click("button[type=submit]");
    await pro.waitForURL(/\/staff$/);
    await pro.goto(`${server.origin}/staff/programs?lang=en`);
    expect(await axeViolations(pro)).toEqual([]);
    // As the organisation's admin: the promised reply time and retention, changed on the settings page.
    await pro.click("a[href='/staff/programs/settings']");
    expect(await axeViolations(pro)).toEqual([]);
    await pro.fill("input[name=replyWorkingDays]", "3");
    await pro.fill("input[name=retentionMonths]", "6");
    await pro.click("form:has(input[name=replyWorkingDays]) button[type=submit]");
    await pro.waitForURL(/saved=1/);
    expect(await pro.locator("input[name=replyWorkingDays]").inputValue()).toBe("3");
    await pro.goto(`${server.origin}/staff/programs?lang=en`);
    await pro.selectOption("#invite-program", "anxiety-worry");
    await pro.fill("#invite-contacts", "3");
    await pro.click("form[action='/staff/programs/invitations'] button");
    const invitation = await shownCode(pro);

    const clientContext = await browser.newContext();
    const client = await clientContext.newPage();
    client.setDefaultTimeout(15_000);
    await client.goto(`${server.origin}/en/self-care/worry-and-anxiety`);
    await client.fill("#invitation-code", invitation);
    await client.click("form:has(#invitation-code) button");
    expect(await shownCode(client)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}$/);
    expect(await axeViolations(client)).toEqual([]);

    // A diary entry with a canary, and a message with crisis words.
    const canary = `canary-${Date.now()}-worry`;
    await client.goto(`${server.origin}${DIARY}`);
    await client.fill("#ex-worry-diary-n-worry", canary);
    await client.fill("#ex-worry-diary-n-intensity", "70");
    await client.click("form[data-exercise='worry-diary'] button[type=submit]");
    await client.waitForURL(/saved=worry-diary/);
    expect(await client.locator("[data-diary-entries]").textContent()).toContain(canary);

    await client.goto(`${server.origin}/en/self-care/worry-and-anxiety`);
    await client.fill("#guided-message", "I have thought about ending my life");
    await client.click("form:has(#guided-message) button");
    expect(await client.locator(".program-crisis .box-crisis").count()).toBe(1);

    await pro.goto(`${server.origin}/staff/programs?lang=en`);
    expect(await pro.locator("[data-course-row]").first().textContent()).toContain("Crisis words");
    await pro.locator("[data-course-row] a").first().click();
    expect(await pro.locator("[data-course-messages]").textContent()).toContain("ending my life");
    expect(await pro.locator("[data-shared-parts]").textContent()).not.toContain(canary);

    // With JavaScript both pages follow the course live (Server-Sent Events), without reloads.
    await pro.locator("[data-live-src][data-live-ready]").waitFor({ state: "attached" });
    await client.locator("#guided[data-live-ready]").waitFor({ state: "attached" });
    const proMarker = await pro.evaluate(() => (document.body.dataset.loaded = String(Math.random())));

    // The client shares the skills part: the professional sees the diary at once, and not after withdrawing.
    await client.check("#share-skills");
    await client.click("form:has(#share-skills) button");
    await pro.locator("[data-shared-parts]", { hasText: canary }).waitFor();
    await client.uncheck("#share-skills");
    await client.click("form:has(#share-skills) button");
    await pro.locator("[data-shared-parts]:not(:has-text('" + canary + "'))").waitFor();
    await client.locator("#guided[data-live-ready]").waitFor({ state: "attached" });

    // A message written in one browser appears in the other without a reload, and back.
    const clientMarker = await client.evaluate(() => (document.body.dataset.loaded = String(Math.random())));
    await client.fill("#guided-message", "Could we talk about my evenings?");
    await client.click("form:has(#guided-message) button");
    await pro.locator("[data-course-messages]", { hasText: "talk about my evenings" }).waitFor();
    expect(await pro.locator("[data-reply-due]").textContent()).toContain("Answer due");
    await client.locator("#guided[data-live-ready]").waitFor({ state: "attached" });
    const clientMarker2 = await client.evaluate(() => (document.body.dataset.loaded = String(Math.random())));
    expect(await client.locator("[data-reply-expected]").textContent()).toContain(
      "Your guide will answer by",
    );

    // The professional's page was never reloaded either.
    expect(await pro.evaluate(() => document.body.dataset.loaded)).toBe(proMarker);
    await pro.fill("#reply-text", "Thank you for telling me. Please call the crisis line today.");
    await pro.click("form:has(#reply-text) button");
    await client.locator("[data-course-messages]", { hasText: "call the crisis line today" }).waitFor();
    expect(await client.locator("[data-reply-expected]").count()).toBe(0);
    // No reload happened on the client's page meanwhile.
    expect(await client.evaluate(() => document.body.dataset.loaded)).toBe(clientMarker2);
    expect(clientMarker).not.toBe(clientMarker2);
    expect(await axeViolations(client)).toEqual([]);
    expect(await axeViolations(pro)).toEqual([]);

    const dump = await dumpDatabase(server.database, server.dbUrl);
    expect(dump).not.toContain(canary);
    expect(dump).not.toContain("ending my life");
    await clientContext.close();
    await proContext.close();
  }, 180_000);
});
