import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDemoChatService } from "../../src/features/chat/index";
import { markAvailable } from "../../src/features/chat/chat-test-fixtures";
import { axeViolations, launchBrowser, startTestServer, type TestServer } from "../support/browser";
import { createEnrolledUser, loginAs } from "../support/staff-fixtures";

let server: TestServer;
let browser: Browser;
let anna: { cookie: string; id: string };
let bertil: { cookie: string; id: string };

const CHAT = { fi: "/fi/chat", sv: "/sv/chatt", en: "/en/chat" } as const;

async function worker(email: string, alias: string): Promise<{ cookie: string; id: string }> {
  const user = await createEnrolledUser({
    database: server.database,
    cipher: server.cipher,
    orgSlug: "demo-pirkanmaa",
    email,
    roles: ["chat_worker"],
  });
  await server.database
    .sql`update staff_users set alias = ${alias}, display_name = ${alias} where id = ${user.id}`;
  // Only a worker who has said they take chats can accept or be handed one.
  await markAvailable({ database: server.database, userId: user.id });
  const { cookie } = await loginAs(server.app, email, user.secret);
  return { cookie, id: user.id };
}

async function staffContext(cookie: string, viewport?: { width: number; height: number }) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  context.setDefaultTimeout(15_000);
  const [name, value] = cookie.split("=");
  await context.addCookies([{ name: name ?? "", value: value ?? "", url: server.origin }]);
  return context;
}

async function clientContext(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(15_000);
  return context;
}

/** Ends every conversation still open, so each journey starts with an empty queue. */
async function clearChats(): Promise<void> {
  await server.database.sql`update chat_sessions set status = 'ended', ended_at = now(), end_reason = 'test'
    where status <> 'ended'`;
}

async function startChat(page: Page, lang: keyof typeof CHAT, topic = "anxiety"): Promise<void> {
  await page.goto(`${server.origin}${CHAT[lang]}`);
  await page.check(`#topic-${topic}`);
  await page.selectOption("#chat-lang", lang);
  await page.click("#chat-start button[type=submit]");
  await page.waitForSelector("#chat-conversation:not([hidden])");
}

async function acceptNext(page: Page): Promise<void> {
  await page.goto(`${server.origin}/staff/chat`);
  await page.click("#accept-next");
  await page.waitForURL(/\/staff\/chat\/sessions\//);
  await page.waitForSelector("#reply-text");
}

async function workerSends(page: Page, text: string): Promise<void> {
  await page.fill("#reply-text", text);
  await page.click("#chat-reply button[type=submit]");
  await page.waitForSelector(`#chat-log li[data-delivered="1"]:has-text("${text}")`);
}

async function clientSends(page: Page, text: string): Promise<void> {
  await page.fill("#chat-text", text);
  await page.click("#chat-compose button[type=submit]");
}

/** axe runs inside the page, so a no-JS page is checked in a JS context holding the same cookies. */
async function axeWithoutJs(noJs: BrowserContext, url: string): Promise<string[]> {
  const context = await browser.newContext();
  await context.addCookies(await noJs.cookies());
  const page = await context.newPage();
  await page.goto(url);
  const violations = await axeViolations(page);
  await context.close();
  return violations;
}

beforeAll(async () => {
  server = await startTestServer();
  await ensureDemoChatService({ database: server.database });
  browser = await launchBrowser();
  // Logged in together: the server's TOTP check sets otplib's shared epoch.
  anna = await worker("anna@demo.test", "Anna");
  bertil = await worker("bertil@demo.test", "Bertil");
}, 60_000);

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe("chat with a professional in a real browser", () => {
  it(
    "client and worker talk, the chat is transferred, survives a reload, ends with a transcript and feedback",
    { timeout: 240_000 },
    async () => {
      await clearChats();
      const client = await clientContext();
      const page = await client.newPage();
      await startChat(page, "fi");
      await expect
        .poll(() => page.locator("#chat-status").textContent())
        .toMatch(/Paikkasi jonossa: 1\. Arvioitu odotusaika: .+\./);
      expect(await page.isVisible("#chat-waiting")).toBe(true);
      expect(page.url()).toBe(`${server.origin}/fi/chat`);

      const annaContext = await staffContext(anna.cookie);
      const annaPage = await annaContext.newPage();
      await acceptNext(annaPage);
      // The topic by its name in the workspace's language, not its id.
      expect(await annaPage.locator("dl").textContent()).toContain("Anxiety and worry");
      await expect.poll(() => page.locator("#chat-status").textContent()).toContain("Anna");
      expect(await page.isVisible("#chat-waiting")).toBe(false);

      // Messages both ways, with a visible delivery mark.
      await clientSends(page, "Hei, minua jännittää huominen työhaastattelu.");
      const mine = page.locator("#chat-log li.chat-msg-client").last();
      await expect.poll(() => mine.getAttribute("data-delivered")).toBe("1");
      expect(await mine.locator(".chat-tick").textContent()).toContain("Toimitettu");
      await annaPage.waitForSelector('#chat-log li:has-text("työhaastattelu")');

      // Typing shows on the other side.
      await annaPage.locator("#reply-text").pressSequentially("Kiva");
      await expect.poll(() => page.locator("#chat-typing").textContent()).toContain("Anna kirjoittaa");
      await annaPage.fill("#reply-text", "");
      await workerSends(annaPage, "Kiva, että kirjoitit. Mikä siinä jännittää eniten?");
      await page.waitForSelector('#chat-log li.chat-msg-worker:has-text("Mikä siinä jännittää")');
      await expect.poll(() => page.locator("#chat-typing").textContent()).toBe("");
      await page.locator("#chat-text").pressSequentially("Se");
      await expect.poll(() => annaPage.locator("#chat-typing").textContent()).toBe("The client is typing…");
      await page.fill("#chat-text", "");

      // Anna hands the chat to Bertil with a note.
      await annaPage.selectOption("#toUserId", bertil.id);
      await annaPage.fill("#transfer-note", "Jännittää työhaastattelua, rauhallinen.");
      await annaPage.click("form[action$='/transfer'] button[type=submit]");
      await annaPage.waitForURL(`${server.origin}/staff/chat`);
      await page.waitForSelector('#chat-log li.chat-msg-system:has-text("siirrettiin")');
      await expect.poll(() => page.locator("#chat-status").textContent()).toContain("Bertil");

      const bertilContext = await staffContext(bertil.cookie);
      const bertilPage = await bertilContext.newPage();
      await bertilPage.goto(`${server.origin}/staff/chat`);
      await bertilPage.click("section[aria-labelledby='mine-h'] a");
      await bertilPage.waitForSelector("#reply-text");
      expect(await bertilPage.locator("section[aria-labelledby='notes-h']").textContent()).toContain(
        "rauhallinen",
      );
      expect(await bertilPage.locator("#chat-log").textContent()).toContain("työhaastattelu");
      await workerSends(bertilPage, "Hei, olen Bertil ja jatkan tästä.");
      await page.waitForSelector('#chat-log li.chat-msg-worker:has-text("jatkan tästä")');
      expect(
        await page.locator("#chat-log li.chat-msg-worker").last().locator(".chat-who").textContent(),
      ).toBe("Bertil");

      // A reload within the window: the conversation is still there and goes on.
      await page.reload();
      await page.waitForSelector('#chat-log li:has-text("jatkan tästä")');
      expect(await page.locator("#chat-log li:has-text('työhaastattelu')").count()).toBe(1);
      await expect.poll(() => page.locator("#chat-status").textContent()).toContain("Bertil");
      await clientSends(page, "Kiitos, pelkään että jännitän liikaa.");
      await bertilPage.waitForSelector('#chat-log li:has-text("jännitän liikaa")');
      await expect
        .poll(() => page.locator("#chat-log li.chat-msg-client").last().getAttribute("data-delivered"))
        .toBe("1");
      expect(await axeViolations(page)).toEqual([]);
      expect(await axeViolations(bertilPage)).toEqual([]);

      // The client ends, downloads the transcript, and gives feedback.
      await page.click("#chat-end");
      await page.waitForSelector("#chat-after:not([hidden])");
      expect(await page.isVisible("#chat-compose")).toBe(false);
      await bertilPage.waitForSelector("#chat-reply", { state: "hidden" });
      const downloadPromise = page.waitForEvent("download");
      await page.click("#chat-transcript");
      const download = await downloadPromise;
      expect(download.suggestedFilename()).toBe("luukku-chat.txt");
      const transcript = await readFile(await download.path(), "utf8");
      expect(transcript).toContain("Sinä: Hei, minua jännittää huominen työhaastattelu.");
      expect(transcript).toContain("Anna: Kiva, että kirjoitit. Mikä siinä jännittää eniten?");
      expect(transcript).toContain("Bertil: Hei, olen Bertil ja jatkan tästä.");
      expect(transcript).toContain("jännitän liikaa");
      expect(transcript).not.toContain("rauhallinen"); // internal notes stay internal
      expect(await axeViolations(page)).toEqual([]);
      await page.check("#rating-4");
      await page.fill("#feedback-text", "Auttoi paljon.");
      await page.click("#chat-feedback button[type=submit]");
      await expect.poll(() => page.locator("#chat-feedback-thanks").textContent()).toContain("Kiitos");
      const [row] = await server.database.sql<{ feedback_rating: number; status: string }[]>`
        select feedback_rating, status from chat_sessions where end_reason = 'client-ended'`;
      expect(row).toEqual({ feedback_rating: 4, status: "ended" });
      expect(await axeViolations(page)).toEqual([]);
      await client.close();
      await annaContext.close();
      await bertilContext.close();
    },
  );
});

describe("crisis", () => {
  it(
    "a crisis message shows the client crisis contacts at once and puts the chat first in the worker's queue with an alert",
    { timeout: 240_000 },
    async () => {
      await clearChats();
      const annaContext = await staffContext(anna.cookie);
      const annaPage = await annaContext.newPage();
      await annaPage.goto(`${server.origin}/staff/chat`);
      await annaPage.waitForSelector("#chat-workspace[data-live='1']");
      const baseTitle = await annaPage.title();

      // Someone is already waiting when the person in crisis arrives.
      const earlier = await fetch(`${server.origin}/api/v1/chat/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ lang: "fi", topic: "money" }),
      });
      expect(earlier.status).toBe(201);
      await expect.poll(() => annaPage.locator("#chat-alert").textContent()).toContain("new client");
      await expect.poll(() => annaPage.locator("#chat-queue-count").textContent()).toBe("1");

      const client = await clientContext();
      const page = await client.newPage();
      await startChat(page, "en", "mood");
      await expect
        .poll(() => page.locator("#chat-status").textContent())
        .toContain("Your place in the queue: 2.");
      expect(await page.isVisible("#chat-crisis")).toBe(false);
      await clientSends(page, "I want to kill myself tonight.");
      await page.waitForSelector("#chat-crisis:not([hidden])");
      expect(await page.locator("#chat-crisis").textContent()).toContain("112");
      await page.waitForSelector("#chat-log li.chat-msg-system.chat-msg-crisis");
      await expect
        .poll(() => page.locator("#chat-status").textContent())
        .toContain("Your place in the queue: 1.");

      // The worker: a crisis banner, a marked tab title, and the crisis chat first in the queue.
      await expect
        .poll(() => annaPage.locator("#chat-alert.chat-alert-crisis").textContent())
        .toContain("crisis");
      expect(await annaPage.title()).toBe(`(!) CRISIS · ${baseTitle}`);
      await expect.poll(() => annaPage.locator("#chat-queue-crisis").textContent()).toBe("1");
      await annaPage.waitForSelector(
        "section[aria-labelledby='queue-h'] tbody tr:first-child.chat-crisis-row",
      );
      expect(await annaPage.locator("section[aria-labelledby='queue-h'] tbody tr").count()).toBe(2);
      expect(await axeViolations(annaPage)).toEqual([]);
      await annaPage.click("#accept-next");
      await annaPage.waitForSelector(".chat-crisis-reasons");
      expect(await annaPage.locator("#chat-log").textContent()).toContain("kill myself");
      await expect.poll(() => page.locator("#chat-status").textContent()).toContain("Anna");
      expect(await axeViolations(page)).toEqual([]);
      await client.close();
      await annaContext.close();
    },
  );
});

describe("crisis in a conversation the worker already has", () => {
  it(
    "alerts the worker with a banner, a marked title and a lasting mark on the conversation",
    { timeout: 240_000 },
    async () => {
      await clearChats();
      const client = await clientContext();
      const page = await client.newPage();
      await startChat(page, "en", "mood");
      const annaContext = await staffContext(anna.cookie);
      const annaPage = await annaContext.newPage();
      await acceptNext(annaPage);
      await annaPage.waitForSelector("#chat-workspace[data-live='1']");
      const baseTitle = await annaPage.title();
      // The workspace list in a second tab hears of it too.
      const listPage = await annaContext.newPage();
      await listPage.goto(`${server.origin}/staff/chat`);
      await listPage.waitForSelector("#chat-workspace[data-live='1']");
      expect(await annaPage.locator("#chat-crisis-marker").count()).toBe(0);
      await expect.poll(() => page.locator("#chat-status").textContent()).toContain("Anna");

      await clientSends(page, "I want to kill myself tonight.");
      await page.waitForSelector("#chat-crisis:not([hidden])");
      await expect
        .poll(() => annaPage.locator("#chat-alert.chat-alert-crisis").textContent())
        .toContain("may be in danger");
      await expect.poll(() => annaPage.title()).toBe(`(!) CRISIS · ${baseTitle}`);
      expect(await annaPage.locator("#chat-crisis-marker").textContent()).toContain("CRISIS");
      await expect
        .poll(() => listPage.locator("#chat-alert.chat-alert-crisis").textContent())
        .toContain("one of your chats");
      await listPage.waitForSelector("section[aria-labelledby='mine-h'] li[data-crisis='1']");
      // The queue has no one in crisis: its update must not take the alert away.
      await new Promise((r) => setTimeout(r, 1000));
      expect(await annaPage.isVisible("#chat-alert.chat-alert-crisis")).toBe(true);
      expect(await axeViolations(annaPage)).toEqual([]);
      await client.close();
      await annaContext.close();
    },
  );
});

describe("without JavaScript", () => {
  it(
    "start, wait, the worker's reply after a refresh, send, end, transcript and feedback",
    { timeout: 240_000 },
    async () => {
      await clearChats();
      const client = await clientContext({ javaScriptEnabled: false });
      const page = await client.newPage();
      await page.goto(`${server.origin}/sv/chatt`);
      expect(await axeWithoutJs(client, page.url())).toEqual([]);
      await page.check("#topic-relationships");
      await page.selectOption("#chat-lang", "sv");
      await page.click("#chat-start button[type=submit]");
      await page.waitForURL(`${server.origin}/chat/nojs/conversation`);
      expect(await page.locator("[role=status]").textContent()).toMatch(
        /Din plats i kön: 1\. Uppskattad väntetid: .+\./,
      );
      // No timed refresh (WCAG 2.2.1): the person refreshes when they want.
      expect(await page.locator("meta[http-equiv=refresh]").count()).toBe(0);
      expect(await axeWithoutJs(client, page.url())).toEqual([]);

      const annaContext = await staffContext(anna.cookie);
      const annaPage = await annaContext.newPage();
      await acceptNext(annaPage);
      await workerSends(annaPage, "Hej, jag heter Anna. Vad vill du prata om?");

      await page.click("a.button-secondary[href='/chat/nojs/conversation']");
      await page.waitForSelector('.chat-msg-worker:has-text("Vad vill du prata om?")');
      expect(await page.locator("[role=status]").textContent()).toContain("Anna är nu med i chatten.");
      expect(await axeWithoutJs(client, page.url())).toEqual([]);

      await page.click("a[href='/chat/nojs/write']");
      expect(await axeWithoutJs(client, page.url())).toEqual([]);
      await page.fill("#nojs-text", "Jag känner mig ensam på kvällarna.");
      await page.click("form[action='/chat/nojs/send'] button[type=submit]");
      await page.waitForURL(`${server.origin}/chat/nojs/conversation`);
      expect(await page.locator(".chat-msg-client").last().textContent()).toContain("ensam på kvällarna");
      await annaPage.waitForSelector('#chat-log li.chat-msg-client:has-text("ensam på kvällarna")');

      await page.click("form[action='/chat/nojs/end'] button[type=submit]");
      await page.waitForSelector("form[action='/chat/nojs/feedback']");
      expect(await page.locator("[role=status]").textContent()).toContain("Chatten har avslutats.");
      expect(await page.locator("meta[http-equiv=refresh]").count()).toBe(0);
      expect(await axeWithoutJs(client, page.url())).toEqual([]);
      await annaPage.waitForSelector("#chat-reply", { state: "hidden" });
      const downloadPromise = page.waitForEvent("download");
      await page.click("a[href='/chat/nojs/transcript']");
      const transcript = await readFile(await (await downloadPromise).path(), "utf8");
      expect(transcript).toContain("Anna: Hej, jag heter Anna.");
      expect(transcript).toContain("Du: Jag känner mig ensam på kvällarna.");
      await page.check("#rating-5");
      await page.click("form[action='/chat/nojs/feedback'] button[type=submit]");
      expect(await page.locator(".notice").textContent()).toContain("Tack för din respons.");
      await client.close();
      await annaContext.close();
    },
  );
});

describe("the chat launcher on public pages", () => {
  it("says the chat is open and takes the person there, by keyboard", { timeout: 120_000 }, async () => {
    const context = await clientContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/self-care`);
    const launcher = page.locator("#chat-launcher");
    await launcher.waitFor();
    expect(await launcher.textContent()).toBe("Chat with a professional The chat is open now");
    expect(await launcher.getAttribute("href")).toBe("/en/chat");
    expect(await axeViolations(page)).toEqual([]);
    await launcher.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`${server.origin}/en/chat`);
    await page.waitForSelector("#chat-start");
    // Not on the chat page itself.
    expect(await page.locator("#chat-launcher").count()).toBe(0);
    await context.close();
  });

  it(
    "when every chat is closed, says when it opens and leads to the alternatives",
    { timeout: 120_000 },
    async () => {
      const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      const [before] = await server.database.sql<{ opening_hours: unknown }[]>`
      select opening_hours from chat_services where slug = 'demo-chat'`;
      await server.database.sql`update chat_services set opening_hours = ${JSON.stringify({
        weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
        exceptions: [{ date: soon, intervals: [{ from: "09:00", to: "15:00" }] }],
      })}::jsonb where slug = 'demo-chat'`;
      try {
        const context = await clientContext();
        const page = await context.newPage();
        await page.goto(`${server.origin}/fi/omahoito`);
        const launcher = page.locator("#chat-launcher");
        await launcher.waitFor();
        expect(await launcher.textContent()).toMatch(
          /Chat on nyt kiinni\. Aukeaa .+ 09\.00\. Katso, mistä saat apua/,
        );
        expect(await axeViolations(page)).toEqual([]);
        await launcher.click();
        await page.waitForURL(`${server.origin}/fi/chat`);
        expect(await page.locator("#chat-closed").textContent()).toBe("Chat on nyt suljettu");
        expect(await page.locator("a[href='/fi/kysy']").count()).toBeGreaterThan(0);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      } finally {
        await server.database
          .sql`update chat_services set opening_hours = ${JSON.stringify(before?.opening_hours)}::jsonb
        where slug = 'demo-chat'`;
      }
    },
  );
});

describe("accessibility of every chat state", () => {
  it.each(["fi", "sv", "en"] as const)(
    "%s: start, queue, conversation and ended pages, and the worker workspace, have no axe violations",
    { timeout: 240_000 },
    async (lang) => {
      await clearChats();
      const client = await clientContext();
      const page = await client.newPage();
      await page.goto(`${server.origin}${CHAT[lang]}`);
      expect(await axeViolations(page)).toEqual([]);
      await startChat(page, lang);
      await page.waitForSelector("#chat-waiting:not([hidden])");
      expect(await axeViolations(page)).toEqual([]);
      const annaContext = await staffContext(anna.cookie);
      const annaPage = await annaContext.newPage();
      await annaPage.goto(`${server.origin}/staff/chat`);
      expect(await axeViolations(annaPage)).toEqual([]);
      await annaPage.click("#accept-next");
      await annaPage.waitForSelector("#reply-text");
      await workerSends(annaPage, "Hello there.");
      await clientSends(page, "Hello, thank you.");
      await annaPage.waitForSelector('#chat-log li:has-text("thank you")');
      await page.waitForSelector("#chat-log li.chat-msg-client[data-delivered='1']");
      expect(await axeViolations(page)).toEqual([]);
      expect(await axeViolations(annaPage)).toEqual([]);
      await annaPage.click("form[action$='/end'] button[type=submit]");
      await page.waitForSelector("#chat-after:not([hidden])");
      expect(await page.locator("#chat-status").textContent()).toBe(
        {
          fi: "Ammattilainen päätti keskustelun.",
          sv: "Yrkespersonen avslutade chatten.",
          en: "The professional ended the chat.",
        }[lang],
      );
      expect(await axeViolations(page)).toEqual([]);
      await client.close();
      await annaContext.close();
    },
  );
});
