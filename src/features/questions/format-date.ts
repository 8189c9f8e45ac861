import type { Lang } from "../../platform/i18n/index";

const locales: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };
// Building an Intl formatter costs far more than using one; a queue page formats hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Dates as people in Finland read them, in Helsinki time. */
export function formatDate(lang: Lang, date: Date, withTime = false): string {
  const key = `${lang}:${String(withTime)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locales[lang], {
      timeZone: "Europe/Helsinki",
      ...(withTime
        ? { dateStyle: "medium", timeStyle: "short" }
        : { weekday: "long", day: "numeric", month: "long", year: "numeric" }),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
