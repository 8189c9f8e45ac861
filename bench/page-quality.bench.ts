import { AxeBuilder } from "@axe-core/playwright";
import { chromium } from "playwright-core";
import type { Bench, BenchMetrics } from "./harness";

const pages = [
  "/fi",
  "/sv/information/depression",
  "/fi/tietoa/masennus",
  "/fi/aiheet/mielenterveys",
  "/fi/haku?q=masennus",
  "/fi/palvelut/837",
];

const PAGE_FACTS_SCRIPT = `(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  const resources = performance.getEntriesByType("resource");
  const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.getAttribute("content") ?? "";
  const robots = meta("robots");
  return {
    status: 0,
    fcpMs: Math.round(fcp ? fcp.startTime : -1),
    loadMs: Math.round(nav ? nav.loadEventEnd : -1),
    bytes: (nav ? nav.transferSize : 0) + resources.reduce((sum, r) => sum + r.transferSize, 0),
    seoChecks: [
      document.title.length > 0 && document.title.length <= 70,
      meta("description").length >= 50 && meta("description").length <= 160,
      document.documentElement.lang.length > 0,
      document.querySelectorAll("h1").length === 1,
      !!document.querySelector('link[rel="canonical"]') || robots.includes("noindex"),
      document.querySelectorAll('link[rel="alternate"][hreflang]').length >= 3 || robots.includes("noindex"),
      !!document.querySelector('meta[name="viewport"]'),
      [...document.querySelectorAll("a[href]")].every((a) => a.textContent.trim().length > 0 || a.hasAttribute("aria-label")),
    ],
  };
})()`;

interface PageFacts {
  status: number;
  fcpMs: number;
  loadMs: number;
  bytes: number;
  seoChecks: boolean[];
}

/**
 * A Lighthouse-style check in the real browser, per page: first contentful paint and load time on
 * loopback, transferred bytes, axe violations (WCAG 2.1 AA), and an SEO checklist.
 */
export const pageQualityBench: Bench = {
  name: "page-quality",
  async run(ctx) {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    const metrics: BenchMetrics = {};
    let seoPassed = 0;
    let seoTotal = 0;
    let violations = 0;
    try {
      for (const path of pages) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        const response = await page.goto(`${ctx.origin}${path}`, { waitUntil: "load" });
        // A string, not a function: the bench runs through tsx, whose helpers do not exist in the page.
        const facts = await page.evaluate<PageFacts>(PAGE_FACTS_SCRIPT);
        const axe = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        const name = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "root";
        metrics[`${name}_status`] = response?.status() ?? 0;
        metrics[`${name}_fcp_ms`] = facts.fcpMs;
        metrics[`${name}_load_ms`] = facts.loadMs;
        metrics[`${name}_transfer_bytes`] = facts.bytes;
        metrics[`${name}_seo`] = `${facts.seoChecks.filter(Boolean).length}/${facts.seoChecks.length}`;
        metrics[`${name}_axe_violations`] = axe.violations.length;
        seoPassed += facts.seoChecks.filter(Boolean).length;
        seoTotal += facts.seoChecks.length;
        violations += axe.violations.length;
        await context.close();
      }
    } finally {
      await browser.close();
    }
    return { ...metrics, seo_checks_passed: `${seoPassed}/${seoTotal}`, axe_violations_total: violations };
  },
};
