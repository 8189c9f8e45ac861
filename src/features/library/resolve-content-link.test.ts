import { describe, expect, it } from "vitest";
import { resolveContentLink, UnknownLinkTargetError } from "./resolve-content-link";

const targets = (lang: "fi" | "sv" | "en") => ({
  lang,
  articleSlugs: new Map([["sleep", lang === "fi" ? "uni" : "sleep"]]),
  programs: new Map([["low-mood", lang === "fi" ? "mieliala-nousuun" : "low-mood"]]),
});

describe("resolveContentLink", () => {
  it("turns pseudo-links into the page language's URLs", () => {
    expect(resolveContentLink("article:sleep", targets("fi"))).toBe("/fi/tietoa/uni");
    expect(resolveContentLink("article:sleep#tips", targets("en"))).toBe("/en/information/sleep#tips");
    expect(resolveContentLink("hub:social", targets("sv"))).toBe("/sv/amnen/livssituationer");
    expect(resolveContentLink("questionnaire:phq-9", targets("fi"))).toBe("/fi/kyselyt/phq-9");
    expect(resolveContentLink("program:low-mood", targets("fi"))).toBe("/fi/omahoito/mieliala-nousuun");
    expect(resolveContentLink("page:crisis", targets("sv"))).toBe("/sv/krishjalp");
    expect(resolveContentLink("page:search", targets("en"))).toBe("/en/search");
  });

  it("leaves ordinary links alone", () => {
    expect(resolveContentLink("https://www.kela.fi", targets("fi"))).toBe("https://www.kela.fi");
    expect(resolveContentLink("tel:112", targets("fi"))).toBe("tel:112");
  });

  it("fails on unknown targets so a broken link fails the load", () => {
    for (const href of [
      "article:nope",
      "hub:nope",
      "questionnaire:phq-10",
      "program:youth-inclusion",
      "page:nope",
      "page:constructor",
      "article:",
    ]) {
      expect(() => resolveContentLink(href, targets("sv")), href).toThrow(UnknownLinkTargetError);
    }
  });
});
