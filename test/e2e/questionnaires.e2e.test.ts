import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchBrowser, startTestServer, type TestServer } from "../support/browser";
import { createEnrolledUser, createOrganisation, TEST_PASSWORD } from "../support/staff-fixtures";
import { authenticator } from "otplib";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await createOrganisation(server.database, "e2e-q-pi", "PI");
  await createOrganisation(server.database, "e2e-q-hel", "HEL");
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function answerAll(page: Page, values: number[]) {
  for (const [i, value] of values.entries()) await page.check(`#item-phq9-${i + 1}-${value}`);
}

const pages = {
  fi: { list: "/fi/kyselyt", navigator: "/fi/mista-apua" },
  sv: { list: "/sv/enkater", navigator: "/sv/var-far-jag-hjalp" },
  en: { list: "/en/questionnaires", navigator: "/en/find-help" },
} as const;

describe("questionnaires in Chromium without JavaScript", () => {
  it("fills PHQ-9, keeps a half-filled form, and reaches the crisis contacts when item 9 > 0", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/fi/kyselyt`);
    await page.click('a[href="/fi/kyselyt/phq-9"]');
    await answerAll(page, [1, 1, 0, 0]);
    await page.click("button[value=finish]");
    expect(await page.locator("#error-summary").isVisible()).toBe(true);
    expect(await page.isChecked("#item-phq9-1-1")).toBe(true);
    await answerAll(page, [1, 1, 0, 0, 1, 0, 0, 1, 2]);
    await page.click("button[value=finish]");
    const crisis = page.locator("#crisis-contacts-heading");
    await crisis.waitFor();
    const order = await page.evaluate(() => {
      const heading = document.querySelector("#crisis-contacts-heading");
      const h1 = document.querySelector("h1");
      return heading && h1 ? heading.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    expect(await page.locator(".q-level-6").textContent()).toContain("6/6");
    await context.close();
  });

  it("walks one question at a time with progress", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/questionnaires/audit-c?step=1`);
    expect(await page.textContent("#q-progress-label")).toBe("Question 1 of 4");
    for (let i = 1; i <= 3; i++) {
      await page.check(`#item-auditc-${i}-1`);
      await page.click("button[value=next]");
    }
    expect(await page.textContent("#q-progress-label")).toBe("Question 4 of 4");
    await page.fill("#age", "40");
    await page.check("#sex-female");
    await page.click("button[value=finish]");
    expect(await page.textContent("h1")).toContain("AUDIT-C");
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    await context.close();
  });

  for (const lang of ["fi", "sv", "en"] as const) {
    it(`has no axe violations on the list, form and result pages (${lang})`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}${pages[lang].list}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${server.origin}${pages[lang].list}/phq-9`);
      expect(await axeViolations(page)).toEqual([]);
      await page.click("button[value=finish]");
      expect(await axeViolations(page)).toEqual([]);
      await answerAll(page, [2, 2, 1, 1, 0, 0, 1, 1, 1]);
      await page.click("button[value=finish]");
      await page.locator("#crisis-contacts-heading").waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${server.origin}${pages[lang].list}/audit-c?step=2`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }, 150_000);
  }
});

describe("sharing a result with a professional", () => {
  async function staffLogin(email: string, secret: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/staff/login`);
    await page.fill("#email", email);
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button[type=submit]");
    await page.fill("#code", authenticator.generate(secret));
    await page.click("button[type=submit]");
    await page.goto(`${server.origin}/staff/questionnaires`);
    return { context, page };
  }

  it("a person creates a code; the chosen organisation's counsellor sees it, another's cannot", async () => {
    const person = await browser.newContext({ javaScriptEnabled: false });
    const page = await person.newPage();
    await page.goto(`${server.origin}/en/questionnaires/phq-9`);
    await answerAll(page, [3, 2, 1, 0, 0, 1, 2, 3, 0]);
    await page.click("button[value=finish]");
    await page.selectOption("#share-org", "e2e-q-pi");
    await page.click('button:has-text("Create a sharing code")');
    const code = (await page.textContent(".share-code code")) ?? "";
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}$/);
    await person.close();

    const a = await createEnrolledUser({
      database: server.database,
      cipher: server.cipher,
      orgSlug: "e2e-q-pi",
      email: "e2e-counsellor@q.test",
      roles: ["counsellor"],
    });
    const b = await createEnrolledUser({
      database: server.database,
      cipher: server.cipher,
      orgSlug: "e2e-q-hel",
      email: "e2e-referrer@q.test",
      roles: ["referrer"],
    });
    const right = await staffLogin("e2e-counsellor@q.test", a.secret);
    expect(await axeViolations(right.page)).toEqual([]);
    await right.page.fill("#share-code", code);
    await right.page.click("button[type=submit] >> text=/Avaa|Öppna|Open/");
    expect(await right.page.textContent("#shared-heading")).toContain("12");
    expect(await axeViolations(right.page)).toEqual([]);
    await right.context.close();

    const wrong = await staffLogin("e2e-referrer@q.test", b.secret);
    await wrong.page.fill("#share-code", code);
    await wrong.page.click("button[type=submit] >> text=/Avaa|Öppna|Open/");
    expect(await wrong.page.locator("#shared-heading").count()).toBe(0);
    expect(await wrong.page.locator("#share-code-error").isVisible()).toBe(true);
    await wrong.page.fill("#share-code", "AAAA-BBBB-CCCC-DDDD");
    await wrong.page.click("button[type=submit] >> text=/Avaa|Öppna|Open/");
    expect(await wrong.page.locator("#share-code-error").isVisible()).toBe(true);
    await wrong.context.close();
  }, 180_000);
});

describe("help navigator in Chromium without JavaScript", () => {
  it("reaches a level with the municipality's services", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/find-help`);
    await page.check("#worry-anxiety");
    await page.check("#duration-months");
    await page.check("#impact-much");
    await page.check("#safety-no");
    await page.selectOption("#municipality", "837");
    await page.click("button[type=submit]");
    expect(await page.textContent("h1")).toContain("level 4 of 6");
    expect(await page.textContent("main")).toContain("Services: Tampere");
    expect(await page.locator(".nav-services > li").count()).toBeGreaterThan(0);
    await context.close();
  });

  it("leads a PHQ-2 of 3 or more into the rest of PHQ-9 with a form post, then uses the full score", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.origin}/en/find-help`);
    // Without JavaScript the rest of PHQ-9 is not on the page yet.
    expect(await page.locator("#short-phq9-3-0").isVisible()).toBe(false);
    await page.check("#worry-mood");
    await page.check("#duration-weeks");
    await page.check("#impact-some");
    await page.check("#safety-no");
    await page.check("#short-phq9-1-2");
    await page.check("#short-phq9-2-1");
    await page.click("form.nav-form button[type=submit]");
    expect(await page.textContent("main")).toContain("step 5 now has a few more questions");
    expect(await page.locator("#short-phq9-3-0").isVisible()).toBe(true);
    expect(await page.isChecked("#short-phq9-1-2")).toBe(true);
    expect(await page.isChecked("#duration-weeks")).toBe(true);
    for (let i = 3; i <= 8; i++) await page.check(`#short-phq9-${String(i)}-2`);
    await page.check("#short-phq9-9-0");
    await page.click("form.nav-form button[type=submit]");
    // 2 + 1 + 6 × 2 = 15: moderately severe → level 4 with the severe-symptoms reason.
    expect(await page.textContent("h1")).toContain("level 4 of 6");
    expect(await page.textContent(".nav-reasons")).toContain("severe symptoms");
    await context.close();
  }, 300_000);

  it("shows the rest of PHQ-9 at once with JavaScript, and validates AUDIT-C's age field", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/find-help`);
    await page.locator("#nav-rest-phq-9").waitFor({ state: "hidden" });
    await page.check("#short-phq9-1-3");
    await page.check("#short-phq9-2-0");
    await page.locator("#nav-rest-phq-9").waitFor({ state: "visible" });
    // The page the server sends back with the rest shown (what a no-JS browser gets), checked with axe.
    await page.check("#duration-weeks");
    await page.check("#impact-some");
    await page.check("#safety-no");
    await page.evaluate(() => {
      const fieldset = document.querySelector<HTMLFieldSetElement>("#nav-rest-phq-9");
      if (fieldset) fieldset.disabled = true;
    });
    await page.click("form.nav-form button[type=submit]");
    await page.locator(".notice[role=status]").waitFor();
    expect(await page.isVisible("#short-phq9-3-0")).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.check("#short-phq9-2-1");
    await page.check("#short-phq9-1-0");
    await page.locator("#nav-rest-phq-9").waitFor({ state: "hidden" });

    await page.goto(`${server.origin}/en/questionnaires/audit-c`);
    for (let i = 1; i <= 3; i++) await page.check(`#item-auditc-${String(i)}-1`);
    await page.fill("#age", "many");
    await page.click("button[value=finish]");
    expect(await page.textContent("#error-age")).toContain("Enter a whole number in digits");
    expect(await page.inputValue("#age")).toBe("many");
    expect(await page.isChecked("#item-auditc-2-1")).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 300_000);

  for (const lang of ["fi", "sv", "en"] as const) {
    it(`has no axe violations on the navigator form and result (${lang})`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}${pages[lang].navigator}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.click("form.nav-form button[type=submit]");
      expect(await axeViolations(page)).toEqual([]);
      await page.check("#duration-days");
      await page.check("#impact-some");
      await page.check("#safety-now");
      await page.selectOption("#municipality", "091");
      await page.click("form.nav-form button[type=submit]");
      await page.locator("#crisis-contacts-heading").waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }, 150_000);
  }
});
