import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { createEnrolledUser, createOrganisation, loginAs } from "../../../test/support/staff-fixtures";
import { langSchema } from "../../platform/i18n/index";
import { topicIds } from "./topics";

const url = "/api/v1/chatbot/messages";
const crisisDevFile = join(import.meta.dirname, "../../../../shared/dev-eval/crisis-dev.jsonl");

const replySchema = z.strictObject({
  conversationId: z.string().min(16),
  topic: z.enum(topicIds).nullable(),
  crisis: z.boolean(),
  kind: z.enum(["answer", "clarify", "out-of-scope"]),
  answer: z.strictObject({
    text: z.string().min(1),
    links: z.array(z.strictObject({ title: z.string().min(1), url: z.string().regex(/^(https?:\/\/|\/)/) })),
  }),
  suggestions: z.array(z.strictObject({ topic: z.enum(topicIds), title: z.string().min(1) })),
  handoff: z
    .strictObject({
      reason: z.enum(["requested", "out-of-scope", "crisis"]),
      chat: z.strictObject({ url: z.string(), open: z.boolean().nullable() }),
      questions: z.strictObject({ url: z.string() }),
      helplines: z.array(
        z.strictObject({
          name: z.string(),
          phone: z.string().optional(),
          tel: z.string().optional(),
          url: z.string().optional(),
        }),
      ),
    })
    .optional(),
  services: z
    .array(z.strictObject({ id: z.string(), name: z.string(), organisation: z.string() }))
    .optional(),
});
type Reply = z.infer<typeof replySchema>;

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
}, 60_000);
afterAll(async () => {
  await ctx.close();
});

async function ask(body: Record<string, unknown>): Promise<Reply> {
  const response = await ctx.app.inject({ method: "POST", url, payload: body });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers["cache-control"]).toBe("no-store");
  return replySchema.parse(response.json());
}

describe("POST /api/v1/chatbot/messages", () => {
  it("answers a topic question with plain text, real localized links and suggestions", async () => {
    const reply = await ask({ text: "miten haen toimeentulotukea", lang: "fi" });
    expect(reply.topic).toBe("social-assistance");
    expect(reply.crisis).toBe(false);
    expect(reply.kind).toBe("answer");
    expect(reply.answer.text).not.toMatch(/\*\*|\]\(/);
    expect(reply.answer.links.map((l) => l.url)).toContain("/fi/tietoa/toimeentulotuki");
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.handoff).toBeUndefined();
  });

  it("keeps the conversation id it was given, and answers in the request language", async () => {
    const first = await ask({ text: "how do I apply for housing allowance", lang: "en" });
    const second = await ask({
      text: "ja entä asumistuki",
      lang: "sv",
      conversationId: first.conversationId,
    });
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.topic).toBe("housing-allowance");
    expect(second.answer.links.some((l) => l.url.startsWith("/sv/"))).toBe(true);
  });

  it("answers out-of-scope questions honestly, with chat, written questions and services", async () => {
    const reply = await ask({ text: "paras lasagne resepti", lang: "fi" });
    expect(reply.topic).toBeNull();
    expect(reply.kind).toBe("out-of-scope");
    const urls = reply.answer.links.map((l) => l.url);
    expect(urls).toEqual(expect.arrayContaining(["/fi/chat", "/fi/kysy", "/fi/palvelut"]));
    expect(reply.handoff?.chat.url).toBe("/fi/chat");
  });

  it("hands off to a person when asked", async () => {
    const reply = await ask({ text: "I want to talk to a real person", lang: "en" });
    expect(reply.handoff?.reason).toBe("requested");
    expect(reply.handoff?.questions.url).toBe("/en/ask");
    expect(reply.handoff?.helplines.some((h) => h.phone === "112")).toBe(true);
  });

  it("leads with 112 and the crisis lines in a crisis, whatever the topic", async () => {
    const reply = await ask({
      text: "rahat loppu enkä jaksa enää, haluan kuolla",
      lang: "fi",
      municipality: "837",
    });
    expect(reply.crisis).toBe(true);
    const [firstLine = "", ...rest] = reply.answer.text.split("\n");
    expect(firstLine).toContain("112");
    expect(rest.join("\n")).toContain("09 2525 0111");
    // The county's crisis service for a Tampere resident (Pirkanmaa).
    expect(reply.answer.text).toMatch(/Alueesi kriisipalvelu: .*demo/i);
    expect(reply.handoff?.reason).toBe("crisis");
    expect(reply.suggestions[0]?.topic).toBe("crisis-help");
  });

  it("adds the municipality's own services to the answer", async () => {
    const reply = await ask({ text: "velkaneuvontaan ajanvaraus", lang: "fi", municipality: "837" });
    expect(reply.topic).toBe("debt-advice");
    expect(reply.services?.map((s) => s.id)).toContain("demo-pi-velkaneuvonta");
    expect(reply.answer.text).toContain("Tampere");
    const elsewhere = await ask({ text: "velkaneuvontaan ajanvaraus", lang: "fi", municipality: "853" });
    expect(elsewhere.services?.map((s) => s.id)).not.toContain("demo-pi-velkaneuvonta");
  });

  it("asks a clarifying question with buttons when two topics are close, and answers a picked topic", async () => {
    const picked = await ask({ text: "Housing allowance", lang: "en", topic: "housing-allowance" });
    expect(picked.topic).toBe("housing-allowance");
    expect(picked.kind).toBe("answer");
    // Find a message the model finds ambiguous among short two-topic phrasings.
    let clarify: Reply | undefined;
    for (const text of ["kela rahat", "rahat ja asunto", "money and housing", "vuokra ja velat"]) {
      const reply = await ask({ text, lang: "fi" });
      if (reply.kind === "clarify") clarify = reply;
    }
    expect(clarify?.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(clarify?.answer.text).toContain("Kumpaa");
  });

  it.each([
    [{ text: "", lang: "fi" }, "empty-text"],
    [{ text: "   ", lang: "fi" }, "empty-text"],
    [{ text: "x".repeat(2001), lang: "fi" }, "text-too-long"],
    [{ text: "x".repeat(5000), lang: "en" }, "text-too-long"],
    [{ text: "hei", lang: "de" }, "unsupported-lang"],
    [{ text: "hei" }, "invalid-request"],
    [{ text: 42, lang: "fi" }, "invalid-request"],
    [{ text: "hei", lang: "fi", municipality: "999" }, "unknown-municipality"],
    [{ text: "hei", lang: "fi", topic: "no-such-topic" }, "invalid-request"],
  ])("refuses %j with 400 %s", async (payload, code) => {
    const response = await ctx.app.inject({ method: "POST", url, payload });
    expect(response.statusCode).toBe(400);
    const body = z
      .object({ error: z.object({ code: z.string(), message: z.string().min(1) }) })
      .parse(response.json());
    expect(body.error.code).toBe(code);
  });

  it("answers errors in the request language", async () => {
    const response = await ctx.app.inject({ method: "POST", url, payload: { text: "", lang: "sv" } });
    expect(response.json()).toEqual({ error: { code: "empty-text", message: "Skriv en fråga först." } });
  });

  it("refuses broken JSON with 400, never 5xx", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url,
      headers: { "content-type": "application/json" },
      payload: '{"text": "hei", "lang": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: "invalid-json" } });
  });

  it.each(["<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "[x](javascript:alert(1))"])(
    "never echoes injected markup %s into the answer",
    async (text) => {
      const reply = await ask({ text, lang: "en" });
      expect(JSON.stringify(reply)).not.toMatch(/<script|onerror|javascript:/i);
    },
  );
});

describe("crisis recall on the development set, through the API", () => {
  const lines = readFileSync(crisisDevFile, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => z.object({ lang: langSchema, text: z.string(), crisis: z.boolean() }).parse(JSON.parse(l)));

  it("flags every crisis message and leads with 112", async () => {
    const crisisLines = lines.filter((l) => l.crisis);
    expect(crisisLines.length).toBeGreaterThanOrEqual(20);
    const missed: string[] = [];
    for (const line of crisisLines) {
      const reply = await ask({ text: line.text, lang: line.lang });
      if (!reply.crisis || !reply.answer.text.split("\n")[0]?.includes("112")) missed.push(line.text);
    }
    expect(missed).toEqual([]);
  });
});

describe("statistics and unanswered questions", () => {
  it("counts anonymously, keeps unanswered questions scrubbed and encrypted, and shows them to editors", async () => {
    await createOrganisation(ctx.database, "org-chatbot");
    const editor = await createEnrolledUser({
      database: ctx.database,
      cipher: ctx.cipher,
      orgSlug: "org-chatbot",
      email: "editor@chatbot.test",
      roles: ["editor"],
    });
    await ask({
      text: "Olen Maija Meikäläinen 131052-308T, kuka voitti jalkapallo-ottelun, soita 040 123 4567",
      lang: "fi",
    });
    const feedback = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/chatbot/feedback",
      payload: { lang: "fi", helpful: true, topic: "social-assistance" },
    });
    expect(feedback.statusCode).toBe(204);

    const stored = await ctx.database.sql<{ text_enc: string }[]>`select text_enc from chatbot_unanswered`;
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) {
      expect(row.text_enc).not.toMatch(/jalkapallo|Maija/);
    }

    const { cookie } = await loginAs(ctx.app, "editor@chatbot.test", editor.secret);
    const page = await ctx.app.inject({ method: "GET", url: "/staff/chatbot", headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("jalkapallo");
    expect(page.body).not.toMatch(/Maija|Meikäläinen|131052-308T|040 123 4567/);
    const counts = await ctx.database.sql<{ messages: number; unanswered: number; feedback_up: number }[]>`
      select sum(messages)::int as messages, sum(unanswered)::int as unanswered, sum(feedback_up)::int as feedback_up
      from chatbot_daily_counts`;
    expect(counts[0]?.messages).toBeGreaterThan(10);
    expect(counts[0]?.unanswered).toBeGreaterThan(0);
    expect(counts[0]?.feedback_up).toBe(1);
    const audit = await ctx.database.sql`select 1 from audit_log where action = 'chatbot.unanswered.view'`;
    expect(audit.length).toBe(1);

    const anonymous = await ctx.app.inject({ method: "GET", url: "/staff/chatbot" });
    expect(anonymous.statusCode).toBe(303);
  });

  it("the retention job deletes questions older than 30 days", async () => {
    await ctx.database.sql`update chatbot_unanswered set created_at = now() - interval '31 days'`;
    const { deleteExpiredUnanswered } = await import("./chatbot-stats");
    expect(await deleteExpiredUnanswered({ sql: ctx.database.sql })).toBeGreaterThan(0);
    const left = await ctx.database.sql`select 1 from chatbot_unanswered`;
    expect(left.length).toBe(0);
  });
});

describe("rate limit", () => {
  it("answers a flood from one client with 429", async () => {
    const limited = await createTestApp({ RATE_LIMIT: "on" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 65; i++) {
        const response = await limited.app.inject({
          method: "POST",
          url,
          payload: { text: "hei", lang: "fi" },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await limited.close();
    }
  }, 60_000);
});
