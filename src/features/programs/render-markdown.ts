import { marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { type LinkTargets, resolveContentLink } from "../library/index";

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ["h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "a", "br", "blockquote", "code"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["https", "tel", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  transformTags: {
    // Headings inside a module sit under the page's h1 and the module's h2.
    h1: "h2",
  },
};

/** Markdown from our content → sanitised HTML with pseudo-links resolved; run once at load, never per request. */
export function renderContentMarkdown(markdown: string, targets: LinkTargets): string {
  const resolved = markdown.replace(/\]\(([a-z]+:[a-z0-9-]+)\)/g, (whole, href: string) => {
    if (href.startsWith("https:") || href.startsWith("tel:") || href.startsWith("mailto:")) return whole;
    // Links were checked when the programs loaded (checkProgramLinks), so an unknown target cannot get here.
    return `](${resolveContentLink(href, targets)})`;
  });
  return sanitizeHtml(marked.parse(resolved, { async: false }), sanitizeOptions);
}
