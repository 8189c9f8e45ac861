import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestContext } from "../../../test/support/test-app";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.close();
});

const post = (url: string, fields: [string, string][]) =>
  ctx.app.inject({
    method: "POST",
    url,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams(fields).toString(),
  });

describe("help navigator pages", () => {
  it.each([
    ["/fi/mista-apua", "Mistä apua?"],
    ["/sv/var-far-jag-hjalp", "Var får jag hjälp?"],
    ["/en/find-help", "Find help"],
  ])("%s renders the form with numbered steps and a municipality picker", async (path, title) => {
    const res = await ctx.app.inject(path);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<h1>${title}</h1>`);
    expect(res.headers["cache-control"]).toContain("public");
    expect(res.body).toContain('name="safety"');
    expect(res.body).toMatch(/<option value="837">(Tampere|Tammerfors)<\/option>/);
    expect(res.body).toContain('name="short-phq9-1"');
  });

  it("keeps answers and marks missing ones when a required question is skipped", async () => {
    const res = await post("/en/find-help", [
      ["worry", "money"],
      ["worry", "housing"],
      ["duration", "weeks"],
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="worry-money"[^>]*checked|checked[^>]*id="worry-money"/);
    expect(res.body).toMatch(/id="duration-weeks"[^>]*checked|checked[^>]*id="duration-weeks"/);
    expect(res.body).toContain('id="impact-error"');
    expect(res.body).toContain('id="safety-error"');
    expect(res.body).not.toContain('id="duration-error"');
  });

  it("gives a level with reasons and the services of the chosen municipality", async () => {
    const res = await post("/fi/mista-apua", [
      ["worry", "money"],
      ["duration", "months"],
      ["impact", "much"],
      ["safety", "no"],
      ["municipality", "837"],
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("taso 4/6");
    expect(res.body).toContain("Palvelut: Tampere");
    expect(res.body).toContain("demo");
    expect(res.body).toContain("/fi/tietoa/");
    expect(res.body).not.toContain("crisis-contacts-heading");
  });

  it("puts crisis contacts first at level 6 for any present risk", async () => {
    const res = await post("/sv/var-far-jag-hjalp", [
      ["duration", "days"],
      ["impact", "none"],
      ["safety", "now"],
    ]);
    expect(res.body).toContain("nivå 6 av 6");
    expect(res.body.indexOf("crisis-contacts-heading")).toBeLessThan(res.body.indexOf("<h1>"));
    const violence = await post("/en/find-help", [
      ["duration", "days"],
      ["impact", "none"],
      ["safety", "no"],
      ["violenceNow", "yes"],
    ]);
    expect(violence.body).toContain("level 6 of 6");
  });

  it("leads a high PHQ-2 into the rest of PHQ-9 with a form post, then suggests PHQ-9 if it is skipped", async () => {
    const fields: [string, string][] = [
      ["worry", "mood"],
      ["duration", "weeks"],
      ["impact", "some"],
      ["safety", "no"],
      ["short-phq9-1", "2"],
      ["short-phq9-2", "2"],
      ["short-auditc-1", "4"],
      ["short-auditc-2", "2"],
      ["short-auditc-3", "2"],
    ];
    const more = await post("/en/find-help", fields);
    expect(more.statusCode).toBe(200);
    expect(more.body).toContain("step 5 now has a few more questions");
    const openingTag = (id: string) => new RegExp(`<fieldset[^<]*id="${id}"[^<]*`).exec(more.body)?.[0] ?? "";
    expect(openingTag("nav-rest-phq-9")).toContain("data-reveal");
    expect(openingTag("nav-rest-phq-9")).not.toContain("hidden");
    expect(more.body).toContain('name="short-phq9-9"');
    expect(more.body).toContain('name="offered-phq-9" value="yes"');
    // GAD-2 was not answered, so the rest of GAD-7 stays hidden and disabled.
    expect(openingTag("nav-rest-gad-7")).toMatch(/hidden(="")? disabled/);
    expect(more.body).toMatch(/id="short-phq9-1-2"[^>]*checked|checked[^>]*id="short-phq9-1-2"/);
    expect(more.body).toMatch(/id="duration-weeks"[^>]*checked|checked[^>]*id="duration-weeks"/);

    const skipped = await post("/en/find-help", [...fields, ["offered-phq-9", "yes"]]);
    expect(skipped.statusCode).toBe(200);
    expect(skipped.body).toContain("a longer questionnaire could help");
    expect(skipped.body).toContain('href="/en/questionnaires/phq-9"');
    expect(skipped.body).toContain('href="/en/questionnaires/audit"');
    expect(skipped.body).toContain("level 3 of 6");
  });

  it("uses the full PHQ-9 score when the rest is answered", async () => {
    const rest = [3, 4, 5, 6, 7, 8, 9].map((n): [string, string] => [
      `short-phq9-${String(n)}`,
      n === 9 ? "0" : "2",
    ]);
    const res = await post("/en/find-help", [
      ["worry", "mood"],
      ["duration", "weeks"],
      ["impact", "some"],
      ["safety", "no"],
      ["short-phq9-1", "2"],
      ["short-phq9-2", "2"],
      ["offered-phq-9", "yes"],
      ...rest,
    ]);
    expect(res.statusCode).toBe(200);
    // 16 points: moderately severe symptoms → level 4, and PHQ-9 is no longer suggested.
    expect(res.body).toContain("level 4 of 6");
    expect(res.body).not.toContain("a longer questionnaire could help");
  });

  it("goes straight to level 6 when item 9 of the opened PHQ-9 is above 0 with thoughts", async () => {
    const res = await post("/en/find-help", [
      ["duration", "days"],
      ["impact", "none"],
      ["safety", "sometimes-thoughts"],
      ["short-phq9-1", "3"],
      ["short-phq9-2", "0"],
      ["offered-phq-9", "yes"],
      ["short-phq9-9", "1"],
    ]);
    expect(res.body).toContain("level 6 of 6");
    expect(res.body).toContain("crisis-contacts-heading");
  });

  it("refuses an answer that is not an option, or an unknown municipality, with 400 and keeps the rest", async () => {
    const base: [string, string][] = [
      ["worry", "sleep"],
      ["duration", "weeks"],
      ["impact", "some"],
      ["safety", "no"],
    ];
    const crafted = await post("/en/find-help", [...base, ["short-phq9-1", "7"], ["short-phq9-2", "1"]]);
    expect(crafted.statusCode).toBe(400);
    expect(crafted.body).toContain('id="error-summary"');
    expect(crafted.body).toContain('href="#q-phq9-1"');
    expect(crafted.body).toMatch(/id="worry-sleep"[^>]*checked|checked[^>]*id="worry-sleep"/);
    const unknownPlace = await post("/fi/mista-apua", [...base, ["municipality", "999"]]);
    expect(unknownPlace.statusCode).toBe(400);
    expect(unknownPlace.body).toContain('id="municipality-error"');
    const notACode = await post("/sv/var-far-jag-hjalp", [...base, ["municipality", "Tampere"]]);
    expect(notACode.statusCode).toBe(400);
  });

  it("treats PHQ-9 item 9 above 0 as suicidal ideation even when the safety answer is no", async () => {
    const res = await post("/en/find-help", [
      ["duration", "weeks"],
      ["impact", "some"],
      ["safety", "no"],
      ["short-phq9-1", "2"],
      ["short-phq9-2", "1"],
      ["offered-phq-9", "yes"],
      ["short-phq9-9", "1"],
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("level 6 of 6");
    expect(res.body.indexOf("crisis-contacts-heading")).toBeLessThan(res.body.indexOf("<h1>"));
  });
});
