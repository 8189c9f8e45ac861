import { marked, type Token, type Tokens, type TokensList } from "marked";
import sanitizeHtml from "sanitize-html";

export interface ArticleSection {
  id: string;
  heading: string;
  html: string;
  /** The "when to seek help now" section, shown as a highlighted box. */
  seekHelp: boolean;
}

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "a",
    "h3",
    "h4",
    "blockquote",
    "br",
    "code",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowProtocolRelative: false,
};

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};

/** Plain text of an HTML fragment (for search and headings). */
export function htmlToText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|li|h\d)>/g, " "), { allowedTags: [], allowedAttributes: {} })
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => entities[e] ?? e)
    .replace(/\s+/g, " ")
    .trim();
}

/** A URL fragment from a heading: lowercase ASCII letters, digits and hyphens. */
export function slugifyHeading(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "section"
  );
}

/**
 * Markdown body → sections split at `##` headings, each rendered and sanitised once, with every link
 * passed through `resolveLink` first (pseudo-links become real URLs; unknown targets throw).
 */
export function renderArticleBody(options: {
  markdown: string;
  resolveLink: (href: string) => string;
  seekHelpHeading: string;
}): { sections: ArticleSection[]; plainText: string } {
  const tokens = marked.lexer(options.markdown);
  void marked.walkTokens(tokens, (token) => {
    if (token.type === "link" || token.type === "image") {
      const link = token as Tokens.Link;
      link.href = options.resolveLink(link.href);
    }
  });
  const groups: { heading?: Tokens.Heading; body: Token[] }[] = [{ body: [] }];
  for (const token of tokens) {
    if (token.type === "heading" && (token as Tokens.Heading).depth <= 2) {
      groups.push({ heading: token as Tokens.Heading, body: [] });
    } else {
      groups.at(-1)?.body.push(token);
    }
  }
  const used = new Set<string>();
  const sections: ArticleSection[] = [];
  for (const group of groups) {
    const list: TokensList = Object.assign([...group.body], { links: tokens.links });
    const html = sanitizeHtml(marked.parser(list), allowed).trim();
    if (!group.heading) {
      if (html) sections.push({ id: "intro", heading: "", html, seekHelp: false });
      continue;
    }
    const heading = htmlToText(marked.parseInline(group.heading.text, { async: false }));
    let id = slugifyHeading(heading);
    while (used.has(id)) id += "-2";
    used.add(id);
    sections.push({ id, heading, html, seekHelp: heading === options.seekHelpHeading });
  }
  const plainText = sections
    .map((s) => `${s.heading} ${htmlToText(s.html)}`)
    .join(" ")
    .trim();
  return { sections, plainText };
}
