import type { Lang } from "../../platform/i18n/lang";
import { type Service, type WorryId } from "./demo-services-schema";
import type { Helpline } from "./helplines";
import { loadHelplines } from "./helplines";
import { loadDemoServices, servesMunicipality } from "./load-demo-services";
import { type County, type Municipality, loadCounties, loadMunicipalities } from "./load-municipalities";
import { formatOpeningHours } from "./opening-hours";
import { municipalityPagePath } from "./service-paths";

/** One entry of `GET /api/v1/services` (api-contract.md), plus `demo` and `national`. */
export interface DirectoryEntry {
  id: string;
  name: string;
  organisation: string;
  channels: string[];
  url: string;
  phone?: string;
  openingHours?: string;
  demo: boolean;
  national: boolean;
}

/** Words in the helplines' Finnish topic lists that match each worry, so `need` also filters national lines. */
const helplineTopicPatterns: Record<WorryId, RegExp> = {
  mood: /mielenterveys|paha olo|kriisi|itsetuho/i,
  anxiety: /ahdistus|paha olo|kriisi|mielenterveys/i,
  sleep: /mielenterveys|paha olo/i,
  stress: /huolet|paha olo|kriisi/i,
  loneliness: /yksinäisyys|keskusteluapu|huolet/i,
  substances: /päihte|alkohol|huume/i,
  gambling: /rahapel/i,
  money: /velk|velat|maksuvaik|toimeentulotuki|talous/i,
  housing: /asumis|asunto/i,
  work: /työttömyys/i,
  relationships: /ihmissuhte|ero|perhe/i,
  violence: /väkivalta|rikos/i,
  parenting: /perhe|lapset|vanhemm/i,
  "child-concern": /lapset|lasten|nuoret|turvattomuus/i,
  caring: /läheis|omaishoit/i,
  other: /./,
};

export function findMunicipality(code: string): { municipality: Municipality; county: County } | undefined {
  const municipality = loadMunicipalities().find((m) => m.code === code);
  const county = municipality && loadCounties().find((c) => c.id === municipality.countyId);
  return municipality && county ? { municipality, county } : undefined;
}

export function demoServiceEntry(service: Service, lang: Lang, pageCode: string): DirectoryEntry {
  return {
    id: service.id,
    name: service.name[lang],
    organisation: service.organisation[lang],
    channels: [...new Set(service.channels.map((c) => c.type))],
    url: `${municipalityPagePath(pageCode, lang)}#${service.id}`,
    ...(service.openingHours
      ? { openingHours: formatOpeningHours({ hours: service.openingHours, lang }).join("; ") }
      : {}),
    demo: service.demo,
    national: false,
  };
}

export function helplineEntry(h: Helpline, lang: Lang): DirectoryEntry {
  const channels = [
    ...(h.phone ? ["phone"] : []),
    ...(h.chatUrl ? ["chat"] : []),
    ...(h.webUrl ? ["online"] : []),
  ];
  return {
    id: h.id,
    name: h.names[lang],
    organisation: h.organisation,
    channels,
    url: h.webUrl ?? h.chatUrl ?? h.tel ?? "",
    ...(h.phone ? { phone: h.phone } : {}),
    ...(h.hours ? { openingHours: h.hours[lang] } : {}),
    demo: false,
    national: true,
  };
}

/** Demo services that serve the municipality (and help with `need`), then the national helplines. */
export function findServices(options: {
  code: string;
  lang: Lang;
  need?: WorryId;
}): { municipality: Municipality; county: County; local: Service[]; national: Helpline[] } | undefined {
  const found = findMunicipality(options.code);
  if (!found) return undefined;
  const { need } = options;
  const local = loadDemoServices().filter(
    (service) =>
      servesMunicipality({ service, municipality: found.municipality }) &&
      (need === undefined || service.topics.includes(need)),
  );
  const pattern = need === undefined ? undefined : helplineTopicPatterns[need];
  const national = loadHelplines().filter(
    (h) => pattern === undefined || h.id === "emergency-112" || pattern.test(h.topics.join("; ")),
  );
  return { ...found, local, national };
}
