import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { langs } from "../../platform/i18n/lang";
import { reasonTexts } from "./reason-texts";
import { reasonCodes, worryIds } from "./schemas";
import { relatedContent, worries } from "./worries";

const contentReadme = readFileSync(new URL("../../../content/README.md", import.meta.url), "utf8");

describe("worries", () => {
  it("lists every worry once, in order, with a label in every language", () => {
    expect(worries.map((w) => w.id)).toEqual([...worryIds]);
    for (const worry of worries)
      for (const lang of langs) expect(worry.label[lang].length).toBeGreaterThan(2);
  });

  it("points only to article and program ids listed in content/README.md", () => {
    const listed = new Set(contentReadme.match(/[a-z][a-z0-9-]+/g));
    for (const worry of worries) {
      for (const id of [...worry.articles, ...worry.programs]) expect(listed.has(id), id).toBe(true);
    }
  });

  it("leaves Finnish-only programs out of other languages", () => {
    expect(relatedContent(["violence"], "fi").programs).toEqual(["violence-close-relationships"]);
    expect(relatedContent(["violence"], "sv").programs).toEqual([]);
    expect(relatedContent(["money", "housing"], "en").articles).toEqual([
      "financial-distress",
      "debt",
      "social-assistance",
      "kela-benefits",
      "housing-and-eviction",
    ]);
  });
});

describe("reason texts", () => {
  it("exist for every reason in every language", () => {
    for (const code of reasonCodes)
      for (const lang of langs) expect(reasonTexts[code][lang].length).toBeGreaterThan(30);
  });
});
