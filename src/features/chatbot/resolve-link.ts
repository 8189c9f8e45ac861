import type { Lang } from "../../platform/i18n/index";
import { type LinkTargets, resolveContentLink } from "../library/index";

const httpsUrl = /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s"'<>]*)?$/i;
const pseudoLink = /^[a-z]+:[a-z0-9-]+(#[a-z0-9-]+)?$/i;

/**
 * A knowledge-base link target as a real URL in the page language: pseudo-links (`article:<id>`, `page:<name>`, …)
 * become site paths, `https://` stays. Anything else (javascript:, data:, unknown targets) is refused with
 * `undefined`, so it can never reach a page.
 */
export function resolveLink({
  url,
  lang,
  linkTargets,
}: {
  url: string;
  lang: Lang;
  linkTargets: Record<Lang, LinkTargets>;
}): string | undefined {
  if (httpsUrl.test(url)) return url;
  if (!pseudoLink.test(url)) return undefined;
  try {
    const resolved = resolveContentLink(url, linkTargets[lang]);
    // Only a pseudo-link comes back as a site path; any other scheme is passed through, so refuse it here.
    return resolved.startsWith("/") ? resolved : undefined;
  } catch {
    return undefined;
  }
}
