import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import type { Lang } from "../../platform/i18n/lang";
import {
  type CalendarDate,
  HELSINKI,
  addCalendarDays,
  calendarWeekday,
  formatCalendarDate,
  helsinkiDate,
  holidayOn,
} from "./finnish-holidays";

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "time must be HH:MM (00:00–24:00)");

/**
 * One opening on one day. `to` at or before `from` runs over midnight into the next day
 * (22:00–02:00); `00:00–24:00` is the whole day. An interval belongs to the day it starts on.
 */
export const intervalSchema = z
  .object({ from: clockTime, to: clockTime })
  .refine((i) => i.from !== "24:00", { message: "an interval cannot start at 24:00" });
export type Interval = z.infer<typeof intervalSchema>;

const intervals = z.array(intervalSchema);

export const weeklyHoursSchema = z.union([
  z.literal("24/7"),
  z.object({
    mon: intervals.default([]),
    tue: intervals.default([]),
    wed: intervals.default([]),
    thu: intervals.default([]),
    fri: intervals.default([]),
    sat: intervals.default([]),
    sun: intervals.default([]),
  }),
]);

/** What happens on Finnish public holidays and de facto days off (Midsummer Eve, Christmas Eve). */
export const holidayRuleSchema = z.discriminatedUnion("rule", [
  z.object({ rule: z.literal("closed") }),
  z.object({ rule: z.literal("open") }), // the normal weekday hours apply
  z.object({ rule: z.literal("special"), intervals }),
]);
export type HolidayRule = z.infer<typeof holidayRuleSchema>;

/** A dated exception beats both the weekly hours and the holiday rule. No intervals = closed. */
export const openingExceptionSchema = z.object({
  date: z.iso.date(),
  intervals: intervals.default([]),
  note: z.object({ fi: z.string(), sv: z.string(), en: z.string() }).optional(),
});
export type OpeningException = z.infer<typeof openingExceptionSchema>;

export const openingHoursSchema = z
  .object({
    weekly: weeklyHoursSchema,
    /** Default: `open` for 24/7 services, `closed` for everything else. */
    holidays: holidayRuleSchema.optional(),
    exceptions: z.array(openingExceptionSchema).default([]),
  })
  .refine((h) => new Set(h.exceptions.map((e) => e.date)).size === h.exceptions.length, {
    message: "two exceptions on the same date",
    path: ["exceptions"],
  });
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type OpeningHoursInput = z.input<typeof openingHoursSchema>;

export interface OpeningStatus {
  open: boolean;
  /** When open: when it next closes; absent when it does not close within a year (24/7). */
  closesAt?: Date;
  /** When closed: when it next opens; absent when it does not open within a year. */
  opensAt?: Date;
}

const WEEKDAY_BY_JS_DAY: readonly Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const HORIZON_DAYS = 370;
const ALL_DAY: readonly Interval[] = [{ from: "00:00", to: "24:00" }];

function effectiveHolidayRule(hours: OpeningHours): HolidayRule {
  return hours.holidays ?? { rule: hours.weekly === "24/7" ? "open" : "closed" };
}

/** The intervals that start on a calendar day, after exceptions and the holiday rule. */
export function intervalsOn({
  hours,
  date,
}: {
  hours: OpeningHours;
  date: CalendarDate;
}): readonly Interval[] {
  const key = formatCalendarDate(date);
  const exception = hours.exceptions.find((e) => e.date === key);
  if (exception) return exception.intervals;
  if (holidayOn(date)) {
    const rule = effectiveHolidayRule(hours);
    switch (rule.rule) {
      case "closed":
        return [];
      case "special":
        return rule.intervals;
      case "open":
        break;
    }
  }
  if (hours.weekly === "24/7") return ALL_DAY;
  const weekday = WEEKDAY_BY_JS_DAY[calendarWeekday(date)] ?? "mon";
  return hours.weekly[weekday];
}

function minutes(time: string): number {
  const [h = "0", m = "0"] = time.split(":");
  return Number(h) * 60 + Number(m);
}

/** Helsinki wall-clock time on a date as an instant; TZDate moves times skipped by DST forward. */
function instant(date: CalendarDate, minutesOfDay: number): number {
  const d = addCalendarDays(date, Math.floor(minutesOfDay / 1440));
  const m = minutesOfDay % 1440;
  return new TZDate(d.year, d.month - 1, d.day, Math.floor(m / 60), m % 60, HELSINKI).getTime();
}

interface Span {
  start: number;
  end: number;
}

function spansOn(hours: OpeningHours, date: CalendarDate): Span[] {
  return intervalsOn({ hours, date }).flatMap((i) => {
    const from = minutes(i.from);
    let to = minutes(i.to);
    if (to <= from) to += 1440;
    const start = instant(date, from);
    const end = instant(date, to);
    // A time that does not exist (spring DST gap) can make a short interval empty.
    return end > start ? [{ start, end }] : [];
  });
}

/** Open spans in time order, merged where they touch, from the day before `from` onwards. */
function* openSpans(hours: OpeningHours, from: CalendarDate): Generator<Span> {
  let current: Span | undefined;
  for (let i = -1; i <= HORIZON_DAYS; i++) {
    const spans = spansOn(hours, addCalendarDays(from, i)).sort((a, b) => a.start - b.start);
    for (const span of spans) {
      if (current && span.start <= current.end) {
        current.end = Math.max(current.end, span.end);
      } else {
        if (current) yield current;
        current = { ...span };
      }
    }
    // A span can only grow from the next day's spans if it reaches past that day's start.
    if (current && current.end < instant(addCalendarDays(from, i + 1), 0)) {
      yield current;
      current = undefined;
    }
  }
  // Still open at the horizon: report it without an end.
  if (current) yield { start: current.start, end: Number.POSITIVE_INFINITY };
}

/** Is the service open at `at` (Helsinki time), and when does that change? */
export function openingStatus({ hours, at }: { hours: OpeningHours; at: Date }): OpeningStatus {
  const t = at.getTime();
  for (const span of openSpans(hours, helsinkiDate(at))) {
    if (span.end <= t) continue;
    if (span.start <= t) {
      return Number.isFinite(span.end) ? { open: true, closesAt: new Date(span.end) } : { open: true };
    }
    return { open: false, opensAt: new Date(span.start) };
  }
  return { open: false };
}

const words = {
  fi: {
    days: ["ma", "ti", "ke", "to", "pe", "la", "su"],
    closed: "suljettu",
    always: "Avoinna ympäri vuorokauden, joka päivä",
    holidaysClosed: "Arkipyhinä ja aattoina suljettu",
    holidaysOpen: "Arkipyhinä ja aattoina avoinna tavalliseen tapaan",
    holidaysSpecial: "Arkipyhinä ja aattoina",
  },
  sv: {
    days: ["må", "ti", "on", "to", "fr", "lö", "sö"],
    closed: "stängt",
    always: "Öppet dygnet runt, alla dagar",
    holidaysClosed: "Stängt på helgdagar och aftnar",
    holidaysOpen: "Öppet som vanligt på helgdagar och aftnar",
    holidaysSpecial: "Helgdagar och aftnar",
  },
  en: {
    days: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    closed: "closed",
    always: "Open 24 hours a day, every day",
    holidaysClosed: "Closed on public holidays, Midsummer Eve and Christmas Eve",
    holidaysOpen: "Open as usual on public holidays",
    holidaysSpecial: "Public holidays",
  },
} as const satisfies Record<Lang, unknown>;

function formatTime(time: string, lang: Lang): string {
  const [h = "0", m = "00"] = time.split(":");
  // Finnish and Finland-Swedish write 8.30; English pages use 08:30.
  return lang === "en" ? `${h}:${m}` : `${String(Number(h))}.${m}`;
}

function formatIntervals(list: readonly Interval[], lang: Lang): string {
  if (list.length === 0) return words[lang].closed;
  return list.map((i) => `${formatTime(i.from, lang)}–${formatTime(i.to, lang)}`).join(", ");
}

function formatDate(date: string, lang: Lang): string {
  const [y = "", m = "", d = ""] = date.split("-");
  return lang === "en" ? date : `${String(Number(d))}.${String(Number(m))}.${y}`;
}

/**
 * Human-readable lines: runs of weekdays with the same hours grouped ("ma–pe 8.00–16.00"),
 * then the holiday rule, then dated exceptions on or after `from` (all when `from` is absent).
 */
export function formatOpeningHours({
  hours,
  lang,
  from,
}: {
  hours: OpeningHours;
  lang: Lang;
  from?: Date;
}): string[] {
  const w = words[lang];
  const lines: string[] = [];
  if (hours.weekly === "24/7") {
    lines.push(w.always);
  } else {
    const weekly = hours.weekly;
    const texts = weekdays.map((d) => formatIntervals(weekly[d], lang));
    let start = 0;
    for (let i = 1; i <= texts.length; i++) {
      if (i < texts.length && texts[i] === texts[start]) continue;
      const first = w.days[start] ?? "";
      const last = w.days[i - 1] ?? "";
      const days = i - 1 === start ? first : i - 1 === start + 1 ? `${first}, ${last}` : `${first}–${last}`;
      lines.push(`${days} ${texts[start] ?? ""}`);
      start = i;
    }
  }
  const rule = effectiveHolidayRule(hours);
  const alwaysOpenAnyway = hours.weekly === "24/7" && rule.rule === "open";
  if (!alwaysOpenAnyway) {
    switch (rule.rule) {
      case "closed":
        lines.push(w.holidaysClosed);
        break;
      case "open":
        lines.push(w.holidaysOpen);
        break;
      case "special":
        lines.push(`${w.holidaysSpecial} ${formatIntervals(rule.intervals, lang)}`);
        break;
    }
  }
  const fromKey = from ? formatCalendarDate(helsinkiDate(from)) : "";
  for (const e of [...hours.exceptions].sort((a, b) => a.date.localeCompare(b.date))) {
    if (e.date < fromKey) continue;
    const note = e.note ? ` (${e.note[lang]})` : "";
    lines.push(`${formatDate(e.date, lang)} ${formatIntervals(e.intervals, lang)}${note}`);
  }
  return lines;
}
