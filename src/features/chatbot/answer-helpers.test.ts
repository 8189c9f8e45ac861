import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownToPlain } from "./markdown-to-plain";
import { loadLinkTargets } from "../library/index";
import { resolveLink } from "./resolve-link";
import { scrubPersonalData } from "./scrub-personal-data";

const linkTargets = loadLinkTargets({ contentDir: join(import.meta.dirname, "../../../content") });

describe("resolveLink", () => {
  it("turns pseudo-links into localized site paths", () => {
    expect(resolveLink({ url: "article:debt", lang: "fi", linkTargets })).toBe(
      "/fi/tietoa/velat-ja-maksuvaikeudet",
    );
    expect(resolveLink({ url: "article:debt", lang: "sv", linkTargets })).toBe(
      "/sv/information/skulder-och-betalningssvarigheter",
    );
    expect(resolveLink({ url: "page:questions", lang: "en", linkTargets })).toBe("/en/ask");
    expect(resolveLink({ url: "https://www.kela.fi/x", lang: "en", linkTargets })).toBe(
      "https://www.kela.fi/x",
    );
  });

  it("refuses anything that is not our path or an https address", () => {
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,x",
      "article:nope",
      "page:toString",
      "//evil.example",
    ]) {
      expect(resolveLink({ url, lang: "fi", linkTargets }), url).toBeUndefined();
    }
  });
});

describe("markdownToPlain", () => {
  it("strips Markdown and extracts resolved links", () => {
    const { text, links } = markdownToPlain({
      markdown:
        "**Apply** at [Kela](https://www.kela.fi/a).\n\n- one\n- [two](article:debt)\n- [bad](javascript:void0)",
      resolve: (url) => resolveLink({ url, lang: "en", linkTargets }),
    });
    expect(text).toBe("Apply at Kela.\n\n• one\n• two\n• bad");
    expect(links).toEqual([
      { title: "Kela", url: "https://www.kela.fi/a" },
      { title: "two", url: "/en/information/debt-and-payment-problems" },
    ]);
  });
});

describe("scrubPersonalData", () => {
  it("removes identity codes, phone numbers, e-mail addresses and names", () => {
    const scrubbed = scrubPersonalData(
      "Olen Maija Meikäläinen, hetu 131052-308T, soita 040 123 4567 tai +358 40 7654321, maija.m@example.fi. Kysyin Kelalta.",
    );
    expect(scrubbed).not.toMatch(/Maija|Meikäläinen|131052|040 123|7654321|example/);
    expect(scrubbed).toContain("[hetu]");
    expect(scrubbed).toContain("[email]");
    expect(scrubbed).toContain("Kelalta");
    expect(scrubPersonalData("my name is John and I need help")).not.toContain("John");
  });

  it("keeps an ordinary question readable", () => {
    expect(scrubPersonalData("paras lasagne resepti 300e")).toBe("paras lasagne resepti 300e");
  });
});
