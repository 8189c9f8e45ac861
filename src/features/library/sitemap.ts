import { langs, type Lang, type Localized } from "../../platform/i18n/index";

export interface SitemapEntry {
  /** The page in each language it exists in (paths). */
  alternates: Partial<Localized>;
  lastmod?: string;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** `sitemap.xml` with one `<url>` per page and language, each listing its hreflang alternates. */
export function renderSitemap(origin: string, entries: readonly SitemapEntry[]): string {
  const urls: string[] = [];
  for (const entry of entries) {
    const present = langs.filter((l): l is Lang => entry.alternates[l] !== undefined);
    const links = present
      .map(
        (l) =>
          `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(origin + (entry.alternates[l] ?? ""))}"/>`,
      )
      .join("");
    const xDefault = entry.alternates.fi
      ? `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(origin + entry.alternates.fi)}"/>`
      : "";
    for (const l of present) {
      const lastmod = entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : "";
      urls.push(
        `<url><loc>${escapeXml(origin + (entry.alternates[l] ?? ""))}</loc>${lastmod}${links}${xDefault}</url>`,
      );
    }
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join("\n") +
    "\n</urlset>\n"
  );
}

export function renderRobots(origin: string): string {
  return [
    "User-agent: *",
    "Disallow: /staff",
    "Disallow: /api",
    "",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n");
}
