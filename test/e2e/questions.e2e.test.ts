import net from "node:net";
import pino from "pino";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedQuestionServices } from "../../src/features/questions/index";
import { memoryOutboxOf } from "../../src/platform/mail/index";
import { axeViolations, launchBrowser } from "../support/browser";
import { createEnrolledUser, loginAs } from "../support/staff-fixtures";
import { createTestApp, type TestContext } from "../support/test-app";

let server: TestContext & { origin: string };
let browser: Browser;
/** Every log line the app writes during the journeys, at info level. */
const logLines: string[] = [];
let counsellor: { cookie: string };
let orgAdmin: { cookie: string };
let secondCounsellor: { cookie: string };
const NOTICE_EMAIL = "e2e-notice@example.test";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => {
        resolve(typeof address === "object" && address ? address.port : 0);
      });
    });
  });
}

async function staffContext(cookie: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  context.setDefaultTimeout(15_000);
  const [name, value] = cookie.split("=");
  await context.addCookies([{ name: name ?? "", value: value ?? "", url: server.origin }]);
  return context;
}

beforeAll(async () => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const ctx = await createTestApp({ PORT: String(port), PUBLIC_URL: origin, LOG_LEVEL: "info" });
  // Capture what the app logs (request loggers are children and share this stream).
  (ctx.app.log as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] = {
    write: (line: string) => {
      logLines.push(line);
    },
  };
  await ctx.app.listen({ port, host: "127.0.0.1" });
  server = { ...ctx, origin };
  await seedQuestionServices({ database: server.database });
  browser = await launchBrowser();
  const worker = await createEnrolledUser({
    database: server.database,
    cipher: server.cipher,
    orgSlug: "demo-pirkanmaa",
    email: "nurse@demo.test",
    roles: ["counsellor"],
  });
  const admin = await createEnrolledUser({
    database: server.database,
    cipher: server.cipher,
    orgSlug: "demo-pirkanmaa",
    email: "clinic-admin@demo.test",
    roles: ["org_admin", "referrer"],
  });
  counsellor = await loginAs(server.app, "nurse@demo.test", worker.secret);
  orgAdmin = await loginAs(server.app, "clinic-admin@demo.test", admin.secret);
  // Logged in here with the others: the server's TOTP check sets otplib's shared epoch, which a
  // later in-process authenticator.generate() would inherit.
  const other = await createEnrolledUser({
    database: server.database,
    cipher: server.cipher,
    orgSlug: "demo-pirkanmaa",
    email: "second@demo.test",
    roles: ["counsellor"],
  });
  secondCounsellor = await loginAs(server.app, "second@demo.test", other.secret);
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe("written questions with a clinic voucher", () => {
  it(
    "voucher → question without JS → professional answers → person reads and follows up",
    { timeout: 240_000 },
    async () => {
      // 1. The clinic prints a sheet of voucher cards.
      const adminContext = await staffContext(orgAdmin.cookie);
      const adminPage = await adminContext.newPage();
      await adminPage.goto(`${server.origin}/staff/questions/vouchers`);
      expect(await axeViolations(adminPage)).toEqual([]);
      await adminPage.fill("#unitName", "Kaukajärven neuvola");
      await adminPage.fill("#count", "4");
      await adminPage.click("form[action='/staff/questions/vouchers'] button[type=submit]");
      await adminPage.waitForSelector(".voucher-card");
      expect(await adminPage.locator(".voucher-card svg").count()).toBe(4);
      expect(await axeViolations(adminPage)).toEqual([]);
      const codes = await adminPage.locator("[data-voucher-code]").allTextContents();
      expect(codes).toHaveLength(4);
      const [voucher, qrVoucher] = codes.map((c) => c.trim());
      if (!voucher || !qrVoucher) throw new Error("no voucher codes");
      await adminContext.close();

      // 2. A parent asks with the voucher, JavaScript off.
      const person = await browser.newContext({ javaScriptEnabled: false });
      person.setDefaultTimeout(15_000);
      const page = await person.newPage();
      await page.goto(`${server.origin}/fi/kysy`);
      await page.check("label:has-text('Neuvolan nimetön kysymyspalvelu') input");
      await page.fill("#text", "Vauva itkee paljon ja olen todella väsynyt. Onko tämä normaalia?");
      await page.fill("#voucher", voucher);
      await page.selectOption("#topic", "parenting");
      await page.fill("#notifyEmail", NOTICE_EMAIL);
      await page.click("form.questions-ask button[type=submit]");
      const code = (await page.locator("[data-retrieval-code]").textContent())?.trim() ?? "";
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){5}$/);
      expect(await page.locator(".questions-slip").textContent()).toContain("Vastaus luvataan viimeistään");
      expect(page.url()).not.toContain(code);

      // 3. A professional answers in another browser context.
      const staff = await staffContext(counsellor.cookie);
      const staffPage = await staff.newPage();
      await staffPage.goto(`${server.origin}/staff/questions`);
      expect(await axeViolations(staffPage)).toEqual([]);
      await staffPage.click(".questions-queue tbody tr:first-child a");
      await staffPage.waitForSelector("#answer");
      expect(await staffPage.locator(".questions-messages").textContent()).toContain("Vauva itkee paljon");
      expect(await axeViolations(staffPage)).toEqual([]);
      await staffPage.selectOption("#template", { label: "Kiitos kysymyksestä" });
      await staffPage.click("form[method=get] button[type=submit]");
      expect(await staffPage.inputValue("#answer")).toContain("Kiitos, että kirjoitit");
      await staffPage.fill(
        "#answer",
        "Kiitos, että kirjoitit. Vauvan itku on usein raskasta – et ole yksin.",
      );
      await staffPage.click("form[action$='/answer'] button[type=submit]");
      await staffPage.waitForURL(/done=answered/);
      expect(await staffPage.locator("[data-topic]").textContent()).toBe("Parenting");
      await staff.close();
      // The one notice went out, and the address is gone from the database.
      await vi.waitFor(() => {
        expect(memoryOutboxOf(server.config)?.sent.map((m) => m.to)).toEqual([NOTICE_EMAIL]);
      });

      // 4. The person reads the answer with the code and asks a follow-up, still without JS.
      await page.goto(`${server.origin}/fi/kysy`);
      await page.fill("#retrievalCode", code.toLowerCase());
      await page.click("form[action='/fi/kysy/vastaus'] button[type=submit]");
      await page.waitForSelector(".from-professional");
      expect(await page.locator(".from-professional").textContent()).toContain("et ole yksin");
      expect(await page.locator("[data-thread-status]").getAttribute("data-thread-status")).toBe("answered");
      await page.fill("#followup", "Kiitos! Milloin kannattaa hakea apua neuvolasta?");
      await page.click("form:has(#followup) button[type=submit]");
      await page.waitForSelector(".notice");
      expect(await page.locator(".questions-messages > li").count()).toBe(3);
      expect(await page.locator("[data-thread-status]").getAttribute("data-thread-status")).toBe("waiting");
      await page.check("#helped-yes");
      await page.click("form:has(#helped-yes) button[type=submit]");
      expect(await page.locator(".notice").textContent()).toContain("Kiitos palautteesta");
      await person.close();

      // 5. The QR link's code sits in the fragment; the island fills the field and clears the address bar.
      const scanner = await browser.newContext();
      const qrPage = await scanner.newPage();
      await qrPage.goto(`${server.origin}/fi/kysy#voucher=${qrVoucher}`);
      // axe runs in the page, so the accessibility checks of the public pages happen here, with JS on.
      expect(await axeViolations(qrPage)).toEqual([]);
      await qrPage.waitForFunction(
        () => (document.querySelector<HTMLInputElement>("#voucher")?.value ?? "") !== "",
      );
      expect(await qrPage.inputValue("#voucher")).toBe(qrVoucher);
      expect(qrPage.url()).toBe(`${server.origin}/fi/kysy`);
      await qrPage.check("label:has-text('Neuvolan nimetön kysymyspalvelu') input");
      await qrPage.fill("#text", "Kysyn QR-koodin kautta.");
      await qrPage.click("form.questions-ask button[type=submit]");
      await qrPage.waitForSelector("[data-retrieval-code]");
      expect(await axeViolations(qrPage)).toEqual([]);
      await qrPage.goto(`${server.origin}/fi/kysy`);
      await qrPage.fill("#retrievalCode", code);
      await qrPage.click("form[action='/fi/kysy/vastaus'] button[type=submit]");
      await qrPage.waitForSelector(".from-professional");
      expect(await axeViolations(qrPage)).toEqual([]);
      await scanner.close();

      const [unit] = await server.database.sql<{ redemptions: number }[]>`
      select redemptions from question_voucher_units where name = 'Kaukajärven neuvola'`;
      expect(unit?.redemptions).toBe(2);

      // 6. Nothing the person holds ever reached the logs.
      const logs = logLines.join("");
      expect(logs).toContain("incoming request");
      expect(logs).toContain("/fi/kysy");
      for (const secret of [voucher, qrVoucher, code, NOTICE_EMAIL]) {
        expect(logs).not.toContain(secret);
        expect(logs).not.toContain(secret.replace(/-/g, ""));
      }
    },
  );

  it("with JavaScript only the chosen service's topics are offered", async () => {
    const person = await browser.newContext();
    person.setDefaultTimeout(15_000);
    const page = await person.newPage();
    await page.goto(`${server.origin}/en/ask`);
    await page.check("label:has-text('Ask a family counsellor') input");
    const groups = page.locator("#topic optgroup[data-service-topics]");
    expect(await groups.count()).toBeGreaterThan(1);
    const visible = () => page.locator("#topic optgroup[data-service-topics]:not([hidden])").count();
    expect(await visible()).toBe(1);
    expect(await page.locator("#topic optgroup:not([hidden]) option[value='violence']").count()).toBe(0);
    await page.selectOption("#topic", "parenting");
    // Another service: its own topics, and the earlier choice is cleared if that service lacks it.
    await page.locator("input[name='serviceId']:not(:checked)").first().check();
    expect(await visible()).toBe(1);
    expect(await page.locator("#topic optgroup:not([hidden]) option[value='violence']").count()).toBe(1);
    await person.close();
  });

  it("a wrong topic or voucher is named at its field with the question kept, accessibly", async () => {
    // Without JavaScript every service's topics are listed, so a topic of another service can be sent.
    const person = await browser.newContext({ javaScriptEnabled: false });
    person.setDefaultTimeout(15_000);
    const page = await person.newPage();
    await page.goto(`${server.origin}/en/ask`);
    await page.check("label:has-text('Ask a family counsellor') input");
    await page.fill("#text", "My teenager stays up all night. How do I talk about it?");
    // "Violence" is offered under the clinic's service only.
    await page.selectOption("#topic", "violence");
    await page.fill("#voucher", "abc");
    await page.click("form.questions-ask button[type=submit]");
    await page.waitForSelector("#error-summary");
    expect(await page.inputValue("#text")).toBe("My teenager stays up all night. How do I talk about it?");
    expect(await page.getAttribute("#topic", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#voucher", "aria-invalid")).toBe("true");
    expect(await page.locator("#topic-error").textContent()).toContain("does not cover this topic");
    // axe needs scripts: the same error page, checked in a browser that runs them.
    const html = await page.content();
    await person.close();
    const checker = await browser.newContext();
    const check = await checker.newPage();
    await check.goto(`${server.origin}/en/ask`);
    await check.setContent(html);
    expect(await axeViolations(check)).toEqual([]);
    await checker.close();
  });

  it("a crisis question is alerted over the queue, and passes on to another profession", async () => {
    const listed = (await (await fetch(`${server.origin}/api/v1/questions/services?lang=fi`)).json()) as {
      services: { id: string; voucherRequired: boolean }[];
    };
    const open = listed.services.find((x) => !x.voucherRequired);
    const asked = await fetch(`${server.origin}/api/v1/questions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        serviceId: open?.id,
        lang: "fi",
        text: "En jaksa enää, aion tappaa itseni tänä yönä.",
      }),
    });
    expect(asked.status).toBe(201);
    const staff = await staffContext(counsellor.cookie);
    const page = await staff.newPage();
    await page.goto(`${server.origin}/staff/questions`);
    const alert = page.locator("[role=alert][data-crisis-count]");
    expect(await alert.getAttribute("data-crisis-count")).toBe("1");
    expect(await alert.textContent()).toContain("1 crisis question is at the top of the queue");
    expect(await page.title()).toMatch(/^\(1\) CRISIS · /);
    expect(await axeViolations(page)).toEqual([]);
    await page.click(".questions-crisis a");
    await page.waitForSelector("#transfer-target");
    expect(await axeViolations(page)).toEqual([]);
    await page.selectOption("#transfer-target", `${open?.id ?? ""}/psychologist`);
    await page.fill("#transfer-note", "Psykologi, pikaisesti");
    await page.click("form[action$='/transfer'] button[type=submit]");
    await page.waitForURL(/\/staff\/questions$/);
    expect(await page.locator(".questions-crisis").textContent()).toContain("psychologist");
    await staff.close();
  });

  it("the numbers page for an org admin is accessible", async () => {
    const admin = await staffContext(orgAdmin.cookie);
    const page = await admin.newPage();
    await page.goto(`${server.origin}/staff/questions/reports`);
    await page.waitForSelector("[data-report='answer-time']");
    expect(await axeViolations(page)).toEqual([]);
    await admin.close();
  });

  it("a second professional claiming a claimed thread gets a clear message", async () => {
    const listed = (await (await fetch(`${server.origin}/api/v1/questions/services?lang=fi`)).json()) as {
      services: { id: string; voucherRequired: boolean }[];
    };
    const open = listed.services.find((x) => !x.voucherRequired);
    const asked = await fetch(`${server.origin}/api/v1/questions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ serviceId: open?.id, lang: "fi", text: "Kuka ehtii ensin?" }),
    });
    expect(asked.status).toBe(201);
    const first = await staffContext(counsellor.cookie);
    const firstPage = await first.newPage();
    await firstPage.goto(`${server.origin}/staff/questions`);
    await firstPage.click(".questions-queue tbody tr:first-child a");
    const threadUrl = firstPage.url();
    await firstPage.click("form[action$='/claim'] button");
    await firstPage.waitForURL(/done=claimed/);
    const late = await staffContext(secondCounsellor.cookie);
    const latePage = await late.newPage();
    await latePage.goto(threadUrl);
    await latePage.click("form[action$='/claim'] button");
    expect(await latePage.locator("#error-summary").textContent()).toContain(
      // Chromium asks for English, and staff pages follow the browser language.
      "nurse@demo.test has already claimed this question.",
    );
    expect(await axeViolations(latePage)).toEqual([]);
    await first.close();
    await late.close();
  });
});
