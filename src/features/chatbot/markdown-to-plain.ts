export interface PlainLink {
  title: string;
  url: string;
}

/**
 * Knowledge-base Markdown → plain text and the links it contains. Only the small Markdown subset the
 * answers use is understood (paragraphs, lists, bold, italics, headings, links); the output is text, so
 * the caller escapes it like any other text and no markup from an answer can ever run.
 */
export function markdownToPlain({
  markdown,
  resolve,
}: {
  markdown: string;
  resolve: (url: string) => string | undefined;
}): { text: string; links: PlainLink[] } {
  const links: PlainLink[] = [];
  const seen = new Set<string>();
  const withoutLinks = markdown.replace(
    /\[([^\]]+)\]\(([^)\s]+)\)/g,
    (_all, title: string, target: string) => {
      const url = resolve(target);
      const plainTitle = title.replace(/[*_`]/g, "");
      if (url !== undefined && !seen.has(url)) {
        seen.add(url);
        links.push({ title: plainTitle, url });
      }
      return plainTitle;
    },
  );
  const text = withoutLinks
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/^\s*[-*+]\s+/, "• ")
        .replace(/^\s*>\s?/, "")
        .replace(/\*\*([^*]+)\*\*/g, "$1")
        .replace(/__([^_]+)__/g, "$1")
        .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, "$1$2")
        .replace(/`([^`]+)`/g, "$1")
        .trimEnd(),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, links };
}
