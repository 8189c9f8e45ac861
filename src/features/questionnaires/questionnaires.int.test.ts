import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../../test/support/test-app";
import { createEnrolledUser, createOrganisation, loginAs } from "../../../test/support/staff-fixtures";
import { fhirQuestionnaireResponseSchema, fhirQuestionnaireSchema } from "./fhir-schemas";
import { deleteExpiredQuestionnaireShares } from "./share-service";

let ctx: TestContext;
let counsellorA: { cookie: string; csrf: string };
let counsellorB: { cookie: string; csrf: string };

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const formHeaders = { "content-type": "application/x-www-form-urlencoded" };
const phq9 = (answers: number[]) =>
  Object.fromEntries(answers.map((a, i) => [`item-phq9-${i + 1}`, String(a)]));

beforeAll(async () => {
  ctx = await createTestApp();
  await createOrganisation(ctx.database, "q-org-pi", "PI");
  await createOrganisation(ctx.database, "q-org-hel", "HEL");
  const a = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "q-org-pi",
    email: "counsellor-a@q.test",
    roles: ["counsellor"],
  });
  const b = await createEnrolledUser({
    database: ctx.database,
    cipher: ctx.cipher,
    orgSlug: "q-org-hel",
    email: "referrer-b@q.test",
    roles: ["referrer"],
  });
  counsellorA = await loginAs(ctx.app, "counsellor-a@q.test", a.secret);
  counsellorB = await loginAs(ctx.app, "referrer-b@q.test", b.secret);
});
afterAll(async () => {
  await ctx.close();
});

describe("GET /api/v1/questionnaires", () => {
  it("lists every instrument with its item count and the languages it really has", async () => {
    const res = await ctx.app.inject("/api/v1/questionnaires");
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      questionnaires: { slug: string; title: string; itemCount: number; languages: string[] }[];
    }>();
    expect(body.questionnaires.map((q) => q.slug)).toEqual(["phq-9", "gad-7", "audit-c", "audit", "who-5"]);
    const bySlug = Object.fromEntries(body.questionnaires.map((q) => [q.slug, q]));
    expect(bySlug["phq-9"]).toMatchObject({ itemCount: 9, languages: ["sv", "en"] });
    expect(bySlug["audit-c"]).toMatchObject({ itemCount: 3, languages: ["fi", "en"] });
    expect(bySlug.audit?.itemCount).toBe(10);
    expect(bySlug["who-5"]).toMatchObject({
      itemCount: 5,
      languages: ["en"],
      missingLanguages: ["fi", "sv"],
    });
    // The note is in the request language (Finnish by default).
    expect(bySlug["phq-9"]).toMatchObject({ missingLanguages: ["fi"] });
    expect(res.body).toContain("Ei virallista, lähteellä varmennettua sanamuotoa kielillä: suomi, ruotsi");
    const en = await ctx.app.inject({ url: "/api/v1/questionnaires", headers: { "accept-language": "en" } });
    expect(en.body).toContain("No official wording with a known source in: Finnish.");
  });
});

describe("GET /api/v1/questionnaires/{slug}", () => {
  it("returns a valid FHIR R4 Questionnaire with linkIds, LOINC codes and scored options", async () => {
    const res = await ctx.app.inject({
      url: "/api/v1/questionnaires/phq-9?lang=en",
      headers: { accept: "application/json" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("application/json");
    const q = fhirQuestionnaireSchema.parse(res.json());
    expect(q.resourceType).toBe("Questionnaire");
    expect(q.language).toBe("en");
    const choices = q.item.filter((i) => i.type === "choice");
    expect(choices.map((i) => i.linkId).slice(0, 9)).toEqual(
      Array.from({ length: 9 }, (_, i) => `phq9-${i + 1}`),
    );
    expect(choices[0]?.answerOption?.map((o) => o.extension?.[0]?.valueDecimal)).toEqual([0, 1, 2, 3]);
  });

  it("serves application/fhir+json when asked for it", async () => {
    const res = await ctx.app.inject({
      url: "/api/v1/questionnaires/audit-c?lang=fi",
      headers: { accept: "application/fhir+json" },
    });
    expect(res.headers["content-type"]).toContain("application/fhir+json");
    expect(res.json<{ language: string }>().language).toBe("fi");
  });

  it("gives the best available language, saying which, for a language the instrument lacks", async () => {
    const res = await ctx.app.inject("/api/v1/questionnaires/phq-9?lang=fi");
    expect(res.statusCode).toBe(200);
    expect(res.json<{ language: string; id: string }>()).toMatchObject({ language: "en", id: "phq-9-en" });
    expect(res.headers["content-language"]).toBe("en");
    const sv = await ctx.app.inject("/api/v1/questionnaires/phq-9?lang=sv");
    expect(sv.json<{ language: string }>().language).toBe("sv");
  });

  it("refuses unknown slugs (404) and languages (400) with localized messages", async () => {
    const unknown = await ctx.app.inject({ url: "/api/v1/questionnaires/bdi?lang=fi" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({
      error: { code: "unknown-questionnaire", message: "Kyselyä ei löydy." },
    });
    const badLang = await ctx.app.inject({ url: "/api/v1/questionnaires/phq-9?lang=de" });
    expect(badLang.statusCode).toBe(400);
    expect(badLang.json<{ error: { code: string } }>().error.code).toBe("invalid-lang");
  });
});

describe("POST /api/v1/questionnaires/{slug}/score", () => {
  const score = (slug: string, payload: unknown, lang = "en") =>
    ctx.app.inject({
      method: "POST",
      url: `/api/v1/questionnaires/${slug}/score`,
      headers: { "accept-language": lang, "content-type": "application/json" },
      payload: JSON.stringify(payload),
    });

  it("scores exactly per the contract", async () => {
    const res = await score("phq-9", { answers: [3, 3, 3, 2, 2, 2, 1, 1, 1] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      slug: "phq-9",
      score: 18,
      maxScore: 27,
      band: "moderately-severe",
      flags: ["suicidal-ideation"],
    });
    expect((await score("who-5", { answers: [2, 2, 2, 2, 2] })).json()).toEqual({
      slug: "who-5",
      score: 40,
      maxScore: 100,
      band: "poor",
      flags: ["depression-screen"],
    });
    expect((await score("audit-c", { answers: [1, 0, 0], age: 16 })).json()).toMatchObject({
      band: "risky",
      flags: ["minor"],
    });
    expect((await score("audit-c", { answers: [2, 2, 1], sex: "male" })).json()).toMatchObject({
      score: 5,
      band: "low",
    });
  });

  it.each([
    [{ answers: [1, 2] }, "invalid-answers"],
    [{ answers: [0, 0, 0, 0, 0, 0, 0, 0, 4] }, "invalid-answers"],
    [{ answers: [0, 0, 0, 0, 0, 0, 0, 0, 1.5] }, "invalid-answers"],
    [{ answers: "1,2,3" }, "invalid-answers"],
    [[1, 2, 3], "invalid-answers"],
    [{ answers: [0, 0, 0, 0, 0, 0, 0, 0, 0], sex: "x" }, "invalid-demographics"],
    [{ answers: [0, 0, 0, 0, 0, 0, 0, 0, 0], age: 131 }, "invalid-demographics"],
  ])("refuses %j with 400 %s in the request language", async (payload, code) => {
    const res = await score("phq-9", payload, "sv");
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/Svaren|Kön/);
  });

  it("answers 404 for an unknown slug and 400 for malformed JSON", async () => {
    expect((await score("nope", { answers: [] })).statusCode).toBe(404);
    const bad = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/questionnaires/phq-9/score",
      headers: { "content-type": "application/json" },
      payload: "{",
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe("questionnaire pages", () => {
  it("lists questionnaires and renders a form with fieldsets, in every language", async () => {
    for (const [path, heading] of [
      ["/fi/kyselyt", "Kyselyt"],
      ["/sv/enkater", "Självskattningar"],
      ["/en/questionnaires", "Questionnaires"],
    ] as const) {
      const res = await ctx.app.inject(path);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`<h1>${heading}</h1>`);
      expect(res.headers["cache-control"]).toContain("public");
    }
    const formPage = await ctx.app.inject("/fi/kyselyt/phq-9");
    expect(formPage.statusCode).toBe(200);
    expect(formPage.body.match(/<fieldset/g)?.length).toBeGreaterThanOrEqual(9);
    // No Finnish wording is sourced: shown in English with a note in Finnish.
    expect(formPage.body).toContain("kielellä: englanti");
    expect(formPage.body).toContain('lang="en"');
    expect((await ctx.app.inject("/fi/kyselyt/nope")).statusCode).toBe(404);
  });

  it("keeps what was answered when a half-filled form is sent, and ties errors to fields", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/en/questionnaires/phq-9",
      headers: formHeaders,
      payload: form({ mode: "all", action: "finish", "item-phq9-1": "2", "item-phq9-2": "1" }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="item-phq9-1-2"[^>]*checked|checked[^>]*id="item-phq9-1-2"/);
    expect(res.body).toContain('aria-describedby="error-phq9-3"');
    expect(res.body).toContain('id="error-phq9-3"');
    expect(res.body).not.toContain('aria-describedby="error-phq9-1"');
  });

  it("validates AUDIT-C's age, an integer item with FHIR minValue/maxValue, keeping every answer", async () => {
    const answers = { "item-auditc-1": "2", "item-auditc-2": "1", "item-auditc-3": "0", sex: "female" };
    const words = await ctx.app.inject({
      method: "POST",
      url: "/fi/kyselyt/audit-c",
      headers: formHeaders,
      payload: form({ mode: "all", action: "finish", ...answers, age: "neljäkymmentä" }),
    });
    expect(words.statusCode).toBe(400);
    expect(words.body).toContain('id="error-age"');
    expect(words.body).toContain("Kirjoita kokonaisluku numeroina");
    expect(words.body).toMatch(/<input[^>]*id="age"[^>]*aria-describedby="hint-age error-age"/);
    expect(words.body).toMatch(
      /<input[^>]*id="age"[^>]*value="neljäkymmentä"|value="neljäkymmentä"[^>]*id="age"/,
    );
    expect(words.body).toMatch(/id="item-auditc-1-2"[^>]*checked|checked[^>]*id="item-auditc-1-2"/);
    expect(words.body).toMatch(/id="sex-female"[^>]*checked|checked[^>]*id="sex-female"/);
    expect(words.body).toContain('href="#age"');

    const tooOld = await ctx.app.inject({
      method: "POST",
      url: "/en/questionnaires/audit-c",
      headers: formHeaders,
      payload: form({ mode: "all", action: "finish", ...answers, age: "131" }),
    });
    expect(tooOld.statusCode).toBe(400);
    expect(tooOld.body).toContain("The number can be at most 130.");
    expect(tooOld.body).toContain("A whole number from 0 to 130");

    const ok = await ctx.app.inject({
      method: "POST",
      url: "/en/questionnaires/audit-c",
      headers: formHeaders,
      payload: form({ mode: "all", action: "finish", ...answers, age: "70" }),
    });
    expect(ok.statusCode).toBe(200);
    // 3 points is risky at 65+ (limit 4 does not apply: 3 < 4), so low.
    expect(ok.body).toContain("3 of 12 points");
  });

  it("validates the integer field in one-question-at-a-time mode too", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/en/questionnaires/audit-c",
      headers: formHeaders,
      payload: form({
        mode: "step",
        step: "3",
        action: "finish",
        "item-auditc-1": "1",
        "item-auditc-2": "1",
        "item-auditc-3": "1",
        age: "-4",
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("The number must be at least 0.");
    expect(res.body).toMatch(/value="-4"/);
  });

  it("walks one question at a time without JavaScript, with back", async () => {
    const first = await ctx.app.inject("/en/questionnaires/gad-7?step=1");
    expect(first.body).toContain("Question 1 of 7");
    const second = await ctx.app.inject({
      method: "POST",
      url: "/en/questionnaires/gad-7",
      headers: formHeaders,
      payload: form({ mode: "step", step: "0", action: "next", "item-gad7-1": "2" }),
    });
    expect(second.body).toContain("Question 2 of 7");
    expect(second.body).toContain('name="item-gad7-1" value="2"');
    const back = await ctx.app.inject({
      method: "POST",
      url: "/en/questionnaires/gad-7",
      headers: formHeaders,
      payload: form({ mode: "step", step: "1", action: "back", "item-gad7-1": "2" }),
    });
    expect(back.body).toContain("Question 1 of 7");
    const unanswered = await ctx.app.inject({
      method: "POST",
      url: "/en/questionnaires/gad-7",
      headers: formHeaders,
      payload: form({ mode: "step", step: "1", action: "next", "item-gad7-1": "2" }),
    });
    expect(unanswered.statusCode).toBe(400);
    expect(unanswered.body).toContain("Question 2 of 7");
    expect(unanswered.body).toContain('id="error-gad7-2"');
  });

  it("shows a kind result with the scale, and crisis contacts first when item 9 is above 0", async () => {
    const calm = await ctx.app.inject({
      method: "POST",
      url: "/sv/enkater/phq-9",
      headers: formHeaders,
      payload: form({ mode: "all", action: "finish", ...phq9([1, 1, 1, 1, 1, 1, 0, 0, 0]) }),
    });
    expect(calm.statusCode).toBe(200);
    expect(calm.headers["cache-control"]).toBe("no-store");
    expect(calm.body).toContain("Lindriga symtom på depression");
    expect(calm.body).toContain("ingen diagnos");
    expect(calm.body).toContain('role="img"');
    expect(calm.body).not.toContain("box-crisis");
    expect(calm.body).toContain("/sv/information/");

    const risk = await ctx.app.inject({
      method: "POST",
      url: "/fi/kyselyt/phq-9",
      headers: formHeaders,
      payload: form({ mode: "all", action: "finish", ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 1]) }),
    });
    expect(risk.statusCode).toBe(200);
    const crisisAt = risk.body.indexOf("crisis-contacts-heading");
    expect(crisisAt).toBeGreaterThan(0);
    expect(crisisAt).toBeLessThan(risk.body.indexOf("<h1>"));
    expect(risk.body).toContain("(6/6)");
    expect(risk.body).toContain("/fi/tietoa/");
  });

  it("downloads the answers as a FHIR QuestionnaireResponse attachment", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/en/questionnaires/phq-9/response",
      headers: formHeaders,
      payload: form({ ...phq9([1, 2, 3, 0, 1, 2, 3, 0, 0]), "item-phq9-difficulty": "phq9-difficulty-1" }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toContain("attachment");
    const response = fhirQuestionnaireResponseSchema.parse(res.json());
    expect(response.resourceType).toBe("QuestionnaireResponse");
    expect(response.item.map((i) => i.linkId)).toContain("phq9-difficulty");
    expect(response.item).toHaveLength(10);
    expect(response.extension?.find((e) => e.url.endsWith("questionnaire-score"))?.valueInteger).toBe(12);
  });

  it("renders a print view with the answers", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/en/questionnaires/who-5",
      headers: formHeaders,
      payload: form({
        view: "print",
        "item-who5-1": "5",
        "item-who5-2": "4",
        "item-who5-3": "3",
        "item-who5-4": "2",
        "item-who5-5": "1",
      }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("q-print");
    expect(res.body).toContain('class="q-answers"');
  });

  it("goes back from the result to the whole form with every answer kept, to change them", async () => {
    const result = await ctx.app.inject({
      method: "POST",
      url: "/fi/kyselyt/phq-9",
      headers: formHeaders,
      payload: form(phq9([1, 2, 3, 0, 1, 2, 3, 0, 0])),
    });
    expect(result.body).toContain('value="edit"');
    const edit = await ctx.app.inject({
      method: "POST",
      url: "/fi/kyselyt/phq-9",
      headers: formHeaders,
      payload: form({ ...phq9([1, 2, 3, 0, 1, 2, 3, 0, 0]), action: "edit" }),
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain("<form");
    expect(edit.body).not.toContain("error-summary");
    expect(edit.body).toMatch(/id="item-phq9-3-3"[^>]*checked|checked[^>]*id="item-phq9-3-3"/);
  });

  it("answers a body that is not a form (JSON array, plain text) with 400, not a server error", async () => {
    for (const [type, payload] of [
      ["application/json", "[]"],
      ["application/json", '"x"'],
      ["text/plain", "x"],
    ] as const) {
      const res = await ctx.app.inject({
        method: "POST",
        url: "/en/questionnaires/phq-9",
        headers: { "content-type": type },
        payload,
      });
      expect([400, 415]).toContain(res.statusCode);
    }
  });
});

describe("sharing a result with a professional", () => {
  const share = async (fields: Record<string, string>) => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/en/questionnaires/phq-9/share",
      headers: formHeaders,
      payload: form({ ...phq9([2, 2, 2, 1, 1, 1, 0, 0, 1]), ...fields }),
    });
    const code = /<code>([0-9A-Z-]+)<\/code>/.exec(res.body)?.[1];
    return { res, code };
  };
  const open = (who: { cookie: string; csrf: string }, code: string) =>
    ctx.app.inject({
      method: "POST",
      url: "/staff/questionnaires",
      headers: { ...formHeaders, cookie: who.cookie, "accept-language": "en" },
      payload: form({ _csrf: who.csrf, code }),
    });

  it("creates a code of at least 128 bits, stores only its hash and encrypted answers", async () => {
    const { res, code } = await share({ org: "q-org-pi" });
    expect(res.statusCode).toBe(201);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}$/);
    const rows = await ctx.database.sql<
      { code_hash: string; payload_enc: string; expires_at: string; created_at: string }[]
    >`
      select code_hash, payload_enc, expires_at, created_at from questionnaire_shares`;
    const row = rows.at(-1);
    expect(row?.payload_enc.startsWith("enc:v1:")).toBe(true);
    expect(row?.payload_enc).not.toContain("phq");
    expect(JSON.stringify(rows)).not.toContain(code ?? "x");
    const days =
      (new Date(row?.expires_at ?? 0).getTime() - new Date(row?.created_at ?? 0).getTime()) / 86_400_000;
    expect(days).toBe(30);
  });

  it("lets a counsellor of the chosen organisation see it, and not another organisation's referrer", async () => {
    const { code } = await share({ org: "q-org-pi" });
    const seen = await open(counsellorA, code ?? "");
    expect(seen.statusCode).toBe(200);
    expect(seen.body).toContain("10 of 27 points");
    expect(seen.body).toContain("suicidal-ideation");
    const refused = await open(counsellorB, code ?? "");
    expect(refused.statusCode).toBe(404);
    expect(refused.body).not.toContain("10 of 27 points");
    // Typed in lower case with spaces, as read aloud.
    const typed = await open(counsellorA, (code ?? "").toLowerCase().replace(/-/g, " "));
    expect(typed.statusCode).toBe(200);
    const audit = await ctx.database.sql<{ action: string; details: { reason?: string } }[]>`
      select action, details from audit_log where target_type = 'questionnaire_share' order by id`;
    expect(audit.map((a) => a.action)).toContain("questionnaire.share.viewed");
    expect(audit.some((a) => a.details.reason === "other-organisation")).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(code ?? "x");
  });

  it("binds the share to the organisation serving the person's municipality when none is picked", async () => {
    const { code } = await share({ municipality: "091" }); // Helsinki → HEL
    expect((await open(counsellorB, code ?? "")).statusCode).toBe(200);
    expect((await open(counsellorA, code ?? "")).statusCode).toBe(404);
  });

  it("refuses guessed and expired codes, and the retention job deletes expired shares", async () => {
    expect((await open(counsellorA, "AAAA-BBBB-CCCC-DDDD")).statusCode).toBe(404);
    expect((await open(counsellorA, "<script>")).statusCode).toBe(404);
    const { code } = await share({ org: "q-org-pi" });
    await ctx.database.db.execute(
      sql`update questionnaire_shares set expires_at = now() - interval '1 minute'`,
    );
    const expired = await open(counsellorA, code ?? "");
    expect(expired.statusCode).toBe(404);
    expect(expired.body).toContain("matches no valid result");
    const deleted = await deleteExpiredQuestionnaireShares({ database: ctx.database });
    expect(deleted).toBeGreaterThanOrEqual(1);
    const [left] = await ctx.database.sql<
      { n: number }[]
    >`select count(*)::int as n from questionnaire_shares`;
    expect(left?.n).toBe(0);
  });

  it("keeps staff without the counsellor or referrer role out, and needs a CSRF token", async () => {
    expect((await ctx.app.inject("/staff/questionnaires")).statusCode).toBe(303);
    const noCsrf = await ctx.app.inject({
      method: "POST",
      url: "/staff/questionnaires",
      headers: { ...formHeaders, cookie: counsellorA.cookie },
      payload: form({ code: "AAAA-BBBB-CCCC-DDDD" }),
    });
    expect(noCsrf.statusCode).toBe(403);
  });
});

describe("guessing share codes is rate-limited", () => {
  it("answers 429 after ten guesses", async () => {
    const limited = await createTestApp({ RATE_LIMIT: "on" });
    try {
      await createOrganisation(limited.database, "q-org-rl", "PI");
      const user = await createEnrolledUser({
        database: limited.database,
        cipher: limited.cipher,
        orgSlug: "q-org-rl",
        email: "rl@q.test",
        roles: ["counsellor"],
      });
      const who = await loginAs(limited.app, "rl@q.test", user.secret);
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const res = await limited.app.inject({
          method: "POST",
          url: "/staff/questionnaires",
          headers: { ...formHeaders, cookie: who.cookie },
          payload: form({ _csrf: who.csrf, code: `AAAA-BBBB-CCCC-DDD${String(i % 10)}` }),
        });
        statuses.push(res.statusCode);
      }
      expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
