import { langs, type Lang } from "./lang";

/** Picks fi, sv or en from an Accept-Language header by q-value; Finnish when nothing matches. */
export function negotiateLang(header: string | undefined): Lang {
  if (!header) return "fi";
  const ranked = header
    .split(",")
    .slice(0, 20)
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { base: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q) : 1 };
    })
    .filter((x) => Number.isFinite(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { base } of ranked) {
    const match = langs.find((l) => l === base);
    if (match) return match;
  }
  return "fi";
}
