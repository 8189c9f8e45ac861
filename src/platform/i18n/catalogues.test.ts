import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { langs } from "./lang";
import { catalogues, translate } from "./translate";
import { negotiateLang } from "./negotiate-lang";

describe("message catalogues", () => {
  const reference = Object.keys(catalogues.en).sort();
  it.each(langs)("%s has exactly the keys of the reference catalogue", (lang) => {
    expect(Object.keys(catalogues[lang]).sort()).toEqual(reference);
  });
  it.each(langs)("%s has no empty or unparseable message", (lang) => {
    for (const [key, text] of Object.entries(catalogues[lang])) {
      expect(text.trim(), key).not.toBe("");
      expect(() => new IntlMessageFormat(text, lang), key).not.toThrow();
    }
  });
  it("uses each language's plural rules", () => {
    expect(translate("fi", "common.results", { count: 1 })).toBe("1 tulos");
    expect(translate("fi", "common.results", { count: 3 })).toBe("3 tulosta");
    expect(translate("en", "common.results", { count: 0 })).toBe("No results");
  });
});

describe("negotiateLang", () => {
  it.each([
    [undefined, "fi"],
    ["sv-FI,sv;q=0.9,en;q=0.8", "sv"],
    ["de-DE,en;q=0.5", "en"],
    ["en;q=0.2,fi;q=0.9", "fi"],
    ["xx,yy;q=abc", "fi"],
  ])("%s → %s", (header, lang) => {
    expect(negotiateLang(header)).toBe(lang);
  });
});
