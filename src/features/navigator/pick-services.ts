import type { Lang } from "../../platform/i18n/lang";
import {
  type Helpline,
  type Municipality,
  type Service,
  loadDemoServices,
  loadHelplines,
  loadMunicipalities,
  servesMunicipality,
} from "../services/index";
import type { HelpLevel, WorryId } from "./schemas";

/**
 * Services serving the municipality, most fitting first: a topic match, then a help level closest to the
 * recommended one. Crisis centres come first at level 6.
 */
export function pickLocalServices(options: {
  municipality: Municipality;
  worries: readonly WorryId[];
  level: HelpLevel;
  services?: readonly Service[];
  limit?: number;
}): Service[] {
  const { municipality, worries, level } = options;
  const services = (options.services ?? loadDemoServices()).filter((service) =>
    servesMunicipality({ service, municipality }),
  );
  const rank = (s: Service) => {
    const topic = worries.some((w) => s.topics.includes(w)) ? 0 : 1;
    const urgent = level === 6 && s.helpLevel === 6 ? -1 : 0;
    return urgent * 100 + topic * 10 + Math.abs(s.helpLevel - level);
  };
  return [...services].sort((a, b) => rank(a) - rank(b)).slice(0, options.limit ?? 6);
}

export function findMunicipality(code: string | undefined): Municipality | undefined {
  return code ? loadMunicipalities().find((m) => m.code === code) : undefined;
}

/** National lines that fit the worries (ids from seed/helplines.csv); MIELI's line for everyone. */
const helplinesByWorry: Partial<Record<WorryId, string[]>> = {
  money: ["takuusaatio-velkalinja", "talous-ja-velkaneuvonta"],
  housing: ["talous-ja-velkaneuvonta"],
  gambling: ["peluuri", "takuusaatio-velkalinja"],
  substances: ["paihdelinkki", "ehyt-paihdeneuvonta"],
  violence: ["nollalinja", "lyomaton-linja"],
  "child-concern": ["mll-lasten-ja-nuorten-puhelin"],
  parenting: ["mll-lasten-ja-nuorten-puhelin"],
  loneliness: ["palveleva-puhelin"],
  caring: ["omaishoitajaliitto"],
};

const mieliLine: Record<Lang, string> = {
  fi: "mieli-kriisipuhelin-fi",
  sv: "mieli-kriisipuhelin-sv",
  en: "mieli-crisis-helpline-en",
};

export function pickHelplines(options: {
  lang: Lang;
  worries: readonly WorryId[];
  helplines?: readonly Helpline[];
}): Helpline[] {
  const all = options.helplines ?? loadHelplines();
  const ids = [
    ...new Set([...options.worries.flatMap((w) => helplinesByWorry[w] ?? []), mieliLine[options.lang]]),
  ];
  return ids.flatMap((id) => all.filter((h) => h.id === id));
}
