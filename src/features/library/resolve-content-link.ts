import type { Lang } from "../../platform/i18n/index";
import { pagePath, pagePaths, type PageName } from "../../platform/views/paths";
import { questionnaireSlugs } from "../questionnaires/index";
import { articlePath, hubPath, isHubId } from "./hubs";

/** What a pseudo-link may point at in one language. */
export interface LinkTargets {
  lang: Lang;
  /** Article id → slug in this language. */
  articleSlugs: ReadonlyMap<string, string>;
  /** Program id → URL slug, for the programs that exist in this language. */
  programs: ReadonlyMap<string, string>;
}

export class UnknownLinkTargetError extends Error {
  constructor(readonly href: string) {
    super(`unknown link target ${href}`);
    this.name = "UnknownLinkTargetError";
  }
}

const PSEUDO = /^(article|hub|questionnaire|program|page):([a-z0-9-]+)(#[a-z0-9-]+)?$/i;

function isPageName(name: string): name is PageName {
  return Object.hasOwn(pagePaths, name);
}

/**
 * Turns `article:<id>`, `hub:<id>`, `questionnaire:<slug>`, `program:<id>` and `page:<name>` into
 * the URL of that page in the given language. Other links are returned as they are; a pseudo-link
 * to something that does not exist throws, so a broken link fails the content load.
 */
export function resolveContentLink(href: string, targets: LinkTargets): string {
  const match = PSEUDO.exec(href);
  if (!match) {
    if (/^(article|hub|questionnaire|program|page):/i.test(href)) throw new UnknownLinkTargetError(href);
    return href;
  }
  const kind = (match[1] ?? "").toLowerCase();
  const id = match[2] ?? "";
  const fragment = match[3] ?? "";
  const { lang } = targets;
  let path: string | undefined;
  switch (kind) {
    case "article": {
      const slug = targets.articleSlugs.get(id);
      if (slug) path = articlePath(slug, lang);
      break;
    }
    case "hub":
      if (isHubId(id)) path = hubPath(id, lang);
      break;
    case "questionnaire":
      if ((questionnaireSlugs as readonly string[]).includes(id))
        path = `${pagePath("questionnaires", lang)}/${id}`;
      break;
    case "program":
      if (targets.programs.has(id)) path = `${pagePath("selfCare", lang)}/${targets.programs.get(id) ?? id}`;
      break;
    case "page":
      if (isPageName(id)) path = pagePath(id, lang);
      break;
  }
  if (path === undefined) throw new UnknownLinkTargetError(href);
  return path + fragment;
}
