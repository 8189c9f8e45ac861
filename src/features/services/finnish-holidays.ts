import { TZDate } from "@date-fns/tz";
import type { Localized } from "../../platform/i18n/lang";

export const HELSINKI = "Europe/Helsinki";

/**
 * `public`: an official holiday (a church holiday, May Day or Independence Day).
 * `de-facto`: not in law, but offices and most services are closed (Midsummer Eve, Christmas Eve).
 */
export type HolidayKind = "public" | "de-facto";

export interface FinnishHoliday {
  id: string;
  /** Calendar date in Finland, `YYYY-MM-DD`. */
  date: string;
  kind: HolidayKind;
  names: Localized;
}

/** A calendar date with no time zone: what a Finn means by "24 June". */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const pad = (n: number): string => String(n).padStart(2, "0");

export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Date arithmetic on calendar dates goes through UTC so the machine's own zone never leaks in. */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function calendarWeekday({ year, month, day }: CalendarDate): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The calendar date in Helsinki at the given instant. */
export function helsinkiDate(at: Date): CalendarDate {
  const t = new TZDate(at.getTime(), HELSINKI);
  return { year: t.getFullYear(), month: t.getMonth() + 1, day: t.getDate() };
}

/** Easter Sunday by the Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The first date on or after `from` that falls on `weekday` (0 = Sunday). */
function firstWeekdayFrom(from: CalendarDate, weekday: number): CalendarDate {
  return addCalendarDays(from, (weekday - calendarWeekday(from) + 7) % 7);
}

const FRIDAY = 5;
const SATURDAY = 6;

function holiday(id: string, date: CalendarDate, kind: HolidayKind, names: Localized): FinnishHoliday {
  return { id, date: formatCalendarDate(date), kind, names };
}

const cache = new Map<number, readonly FinnishHoliday[]>();

/** Finnish holidays of one year in date order, including the two de facto days off. */
export function finnishHolidays(year: number): readonly FinnishHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const on = (month: number, day: number): CalendarDate => ({ year, month, day });
  const list: FinnishHoliday[] = [
    holiday("new-year", on(1, 1), "public", {
      fi: "Uudenvuodenpäivä",
      sv: "Nyårsdagen",
      en: "New Year's Day",
    }),
    holiday("epiphany", on(1, 6), "public", { fi: "Loppiainen", sv: "Trettondagen", en: "Epiphany" }),
    holiday("good-friday", addCalendarDays(easter, -2), "public", {
      fi: "Pitkäperjantai",
      sv: "Långfredagen",
      en: "Good Friday",
    }),
    holiday("easter-sunday", easter, "public", { fi: "Pääsiäispäivä", sv: "Påskdagen", en: "Easter Sunday" }),
    holiday("easter-monday", addCalendarDays(easter, 1), "public", {
      fi: "2. pääsiäispäivä",
      sv: "Annandag påsk",
      en: "Easter Monday",
    }),
    holiday("may-day", on(5, 1), "public", { fi: "Vappu", sv: "Första maj", en: "May Day" }),
    holiday("ascension-day", addCalendarDays(easter, 39), "public", {
      fi: "Helatorstai",
      sv: "Kristi himmelsfärdsdag",
      en: "Ascension Day",
    }),
    // Always a Sunday, so it never moves a working day, but it is an official holiday.
    holiday("pentecost", addCalendarDays(easter, 49), "public", {
      fi: "Helluntai",
      sv: "Pingst",
      en: "Whitsun",
    }),
    holiday("midsummer-eve", firstWeekdayFrom(on(6, 19), FRIDAY), "de-facto", {
      fi: "Juhannusaatto",
      sv: "Midsommarafton",
      en: "Midsummer Eve",
    }),
    holiday("midsummer-day", firstWeekdayFrom(on(6, 20), SATURDAY), "public", {
      fi: "Juhannuspäivä",
      sv: "Midsommardagen",
      en: "Midsummer Day",
    }),
    holiday("all-saints-day", firstWeekdayFrom(on(10, 31), SATURDAY), "public", {
      fi: "Pyhäinpäivä",
      sv: "Alla helgons dag",
      en: "All Saints' Day",
    }),
    holiday("independence-day", on(12, 6), "public", {
      fi: "Itsenäisyyspäivä",
      sv: "Självständighetsdagen",
      en: "Independence Day",
    }),
    holiday("christmas-eve", on(12, 24), "de-facto", {
      fi: "Jouluaatto",
      sv: "Julafton",
      en: "Christmas Eve",
    }),
    holiday("christmas-day", on(12, 25), "public", { fi: "Joulupäivä", sv: "Juldagen", en: "Christmas Day" }),
    holiday("boxing-day", on(12, 26), "public", { fi: "Tapaninpäivä", sv: "Annandag jul", en: "Boxing Day" }),
  ];
  list.sort((x, y) => x.date.localeCompare(y.date));
  cache.set(year, list);
  return list;
}

/** The holiday on a calendar date, if any (public or de facto). */
export function holidayOn(date: CalendarDate): FinnishHoliday | undefined {
  const key = formatCalendarDate(date);
  return finnishHolidays(date.year).find((h) => h.date === key);
}

function isWorkingCalendarDate(date: CalendarDate): boolean {
  const weekday = calendarWeekday(date);
  return weekday !== 0 && weekday !== SATURDAY && holidayOn(date) === undefined;
}

/** Is the Helsinki calendar day of this instant a working day (Mon–Fri, not a public or de facto holiday)? */
export function isWorkingDay(date: Date): boolean {
  return isWorkingCalendarDate(helsinkiDate(date));
}

/**
 * The instant `days` working days after `from`, at the same Helsinki wall-clock time
 * (so a question sent at 14:00 is due at 14:00, also across a DST change).
 * Starting on a weekend or holiday, the first following working day counts as day one.
 */
export function addWorkingDays({ from, days }: { from: Date; days: number }): Date {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`days must be a non-negative integer: ${days}`);
  const start = new TZDate(from.getTime(), HELSINKI);
  let date = helsinkiDate(from);
  let left = days;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    if (isWorkingCalendarDate(date)) left -= 1;
  }
  const result = new TZDate(
    date.year,
    date.month - 1,
    date.day,
    start.getHours(),
    start.getMinutes(),
    start.getSeconds(),
    start.getMilliseconds(),
    HELSINKI,
  );
  return new Date(result.getTime());
}
