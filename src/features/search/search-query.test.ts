import { describe, expect, it } from "vitest";
import { normaliseQuery, queryTokens, searchPrefix } from "./search-query";
import { highlightToHtml } from "./search-site";

describe("query handling", () => {
  it("strips control and format characters and caps the words", () => {
    expect(normaliseQuery("  masennus\u0000\u0007\u200b  uni\u202e ")).toBe("masennus uni");
    expect(queryTokens('"masennus" % ahdistus; drop')).toEqual(["masennus", "ahdistus", "drop"]);
    expect(queryTokens("a b c d e f g h i j k")).toHaveLength(8);
    expect(queryTokens("%%% ''' ---")).toEqual([]);
  });

  it("gives inflected Finnish forms the prefix of their base form", () => {
    const pairs: [string, string][] = [
      ["masennus", "masennuksesta"],
      ["toimeentulotuki", "toimeentulotukea"],
      ["ahdistus", "ahdistuksen"],
      ["yksinäisyys", "yksinäisyyteen"],
    ];
    for (const [base, inflected] of pairs) {
      const a = searchPrefix(base, "fi") ?? "";
      const b = searchPrefix(inflected, "fi") ?? "";
      expect(a.startsWith(b) || b.startsWith(a), `${a} / ${b}`).toBe(true);
      expect(Math.min(a.length, b.length)).toBeGreaterThanOrEqual(5);
    }
    expect(searchPrefix("ja", "fi")).toBeUndefined();
  });

  it("escapes snippets before adding highlights", () => {
    expect(highlightToHtml('<b>"x"</b> \uE000uni\uE001 & more')).toBe(
      "&lt;b&gt;&quot;x&quot;&lt;/b&gt; <mark>uni</mark> &amp; more",
    );
  });
});
