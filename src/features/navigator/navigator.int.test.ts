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

  it("suggests PHQ-9 after a high PHQ-2 and counts risky AUDIT-C drinking", async () => {
    const res = await post("/en/find-help", [
      ["worry", "mood"],
      ["duration", "weeks"],
      ["impact", "some"],
      ["safety", "no"],
      ["short-phq9-1", "2"],
      ["short-phq9-2", "2"],
      ["short-auditc-1", "4"],
      ["short-auditc-2", "2"],
      ["short-auditc-3", "2"],
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/en/questionnaires/phq-9"');
    expect(res.body).toContain('href="/en/questionnaires/audit"');
    expect(res.body).toContain("level 3 of 6");
  });
});
