import { describe, expect, it } from "vitest";
import { renderContentMarkdown } from "./render-markdown";

const targets = {
  lang: "fi" as const,
  articleSlugs: new Map([["sleep", "uni"]]),
  programs: new Map([["sleep", "uni"]]),
};

describe("renderContentMarkdown", () => {
  it("resolves pseudo-links and sanitises", () => {
    const html = renderContentMarkdown(
      "[Uni](article:sleep) [apu](page:crisis) [ohjelma](program:sleep) <script>alert(1)</script> [x](javascript:alert(1))",
      targets,
    );
    expect(html).toContain('href="/fi/tietoa/uni"');
    expect(html).toContain('href="/fi/kriisiapu"');
    expect(html).toContain('href="/fi/omahoito/uni"');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("javascript:");
  });
});
