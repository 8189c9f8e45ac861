import type { Lang, Localized } from "../../platform/i18n/index";
import { pagePath } from "../../platform/views/paths";

export const hubIds = ["mental-health", "substances", "social", "getting-help"] as const;
export type HubId = (typeof hubIds)[number];

export interface Hub {
  id: HubId;
  slug: Localized;
  title: Localized;
  intro: Localized;
}

/** The four topic hubs: slugs in each page language, titles and a warm one-line introduction. */
export const hubs: Readonly<Record<HubId, Hub>> = {
  "mental-health": {
    id: "mental-health",
    slug: { fi: "mielenterveys", sv: "psykisk-halsa", en: "mental-health" },
    title: { fi: "Mielenterveys", sv: "Psykisk hälsa", en: "Mental health" },
    intro: {
      fi: "Mieliala, ahdistus, uni, uupumus ja vaikeat elämänvaiheet. Tietoa siitä, mitä voit tehdä itse ja mistä saat apua.",
      sv: "Humör, ångest, sömn, utmattning och svåra skeden i livet. Om vad du kan göra själv och var du får hjälp.",
      en: "Mood, anxiety, sleep, burnout and hard times in life. What you can do yourself and where to get help.",
    },
  },
  substances: {
    id: "substances",
    slug: { fi: "paihteet-ja-rahapelit", sv: "rusmedel-och-spel", en: "substances-and-gambling" },
    title: { fi: "Päihteet ja rahapelit", sv: "Rusmedel och spel", en: "Substances and gambling" },
    intro: {
      fi: "Alkoholi, huumeet ja rahapelit – omasta tai läheisen käytöstä huolestuneelle.",
      sv: "Alkohol, droger och penningspel – för dig som oroar dig för ditt eget eller en närståendes bruk.",
      en: "Alcohol, drugs and gambling – for anyone worried about their own use or a close one's.",
    },
  },
  social: {
    id: "social",
    slug: { fi: "elamantilanteet", sv: "livssituationer", en: "life-situations" },
    title: {
      fi: "Raha, asuminen ja perhe",
      sv: "Pengar, boende och familj",
      en: "Money, housing and family",
    },
    intro: {
      fi: "Rahahuolet, velat, toimeentulotuki, asuminen, työttömyys, perhe ja läheiset – arjen asiat, joihin voi saada tukea.",
      sv: "Pengaoro, skulder, utkomststöd, boende, arbetslöshet, familj och närstående – vardagens frågor där du kan få stöd.",
      en: "Money worries, debt, social assistance, housing, unemployment, family and close ones – everyday matters where support exists.",
    },
  },
  "getting-help": {
    id: "getting-help",
    slug: { fi: "avun-hakeminen", sv: "att-soka-hjalp", en: "getting-help" },
    title: { fi: "Avun hakeminen", sv: "Att söka hjälp", en: "Getting help" },
    intro: {
      fi: "Mistä apua saa, mitä ensimmäisellä käynnillä tapahtuu ja miten hoito etenee.",
      sv: "Var du får hjälp, vad som händer vid första besöket och hur vården går vidare.",
      en: "Where to get help, what happens at a first appointment and how care moves on.",
    },
  },
};

export function isHubId(value: string): value is HubId {
  return (hubIds as readonly string[]).includes(value);
}

export function hubPath(hub: HubId, lang: Lang): string {
  return `${pagePath("topics", lang)}/${hubs[hub].slug[lang]}`;
}

export function articlePath(slug: string, lang: Lang): string {
  return `${pagePath("articles", lang)}/${slug}`;
}
