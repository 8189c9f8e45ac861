import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  easterSunday,
  finnishHolidays,
  formatCalendarDate,
  isWorkingDay,
} from "./finnish-holidays";

// Worked out by hand from the weekday of 19 June and 31 October of each year.
const known: Record<
  number,
  { easter: string; ascension: string; midsummerEve: string; midsummerDay: string; allSaints: string }
> = {
  2025: {
    easter: "2025-04-20",
    ascension: "2025-05-29",
    midsummerEve: "2025-06-20",
    midsummerDay: "2025-06-21",
    allSaints: "2025-11-01",
  },
  2026: {
    easter: "2026-04-05",
    ascension: "2026-05-14",
    midsummerEve: "2026-06-19",
    midsummerDay: "2026-06-20",
    allSaints: "2026-10-31",
  },
  2027: {
    easter: "2027-03-28",
    ascension: "2027-05-06",
    midsummerEve: "2027-06-25",
    midsummerDay: "2027-06-26",
    allSaints: "2027-11-06",
  },
  2028: {
    easter: "2028-04-16",
    ascension: "2028-05-25",
    midsummerEve: "2028-06-23",
    midsummerDay: "2028-06-24",
    allSaints: "2028-11-04",
  },
  2029: {
    easter: "2029-04-01",
    ascension: "2029-05-10",
    midsummerEve: "2029-06-22",
    midsummerDay: "2029-06-23",
    allSaints: "2029-11-03",
  },
  2030: {
    easter: "2030-04-21",
    ascension: "2030-05-30",
    midsummerEve: "2030-06-21",
    midsummerDay: "2030-06-22",
    allSaints: "2030-11-02",
  },
};

const goodFridays: Record<number, string> = {
  2025: "2025-04-18",
  2026: "2026-04-03",
  2027: "2027-03-26",
  2028: "2028-04-14",
  2029: "2029-03-30",
  2030: "2030-04-19",
};

function dateOf(year: number, id: string): string | undefined {
  return finnishHolidays(year).find((h) => h.id === id)?.date;
}

/** An instant given as Helsinki wall-clock time with its UTC offset spelled out. */
const at = (iso: string): Date => new Date(iso);

describe("finnishHolidays", () => {
  for (const [yearText, expected] of Object.entries(known)) {
    const year = Number(yearText);
    it(`has the moving holidays of ${year}`, () => {
      expect(formatCalendarDate(easterSunday(year))).toBe(expected.easter);
      expect(dateOf(year, "easter-sunday")).toBe(expected.easter);
      expect(dateOf(year, "good-friday")).toBe(goodFridays[year]);
      expect(dateOf(year, "ascension-day")).toBe(expected.ascension);
      expect(dateOf(year, "midsummer-eve")).toBe(expected.midsummerEve);
      expect(dateOf(year, "midsummer-day")).toBe(expected.midsummerDay);
      expect(dateOf(year, "all-saints-day")).toBe(expected.allSaints);
    });
  }

  it("has the fixed holidays and marks the de facto days off", () => {
    const list = finnishHolidays(2026);
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
    expect(dateOf(2026, "new-year")).toBe("2026-01-01");
    expect(dateOf(2026, "epiphany")).toBe("2026-01-06");
    expect(dateOf(2026, "easter-monday")).toBe("2026-04-06");
    expect(dateOf(2026, "may-day")).toBe("2026-05-01");
    expect(dateOf(2026, "independence-day")).toBe("2026-12-06");
    expect(dateOf(2026, "boxing-day")).toBe("2026-12-26");
    expect(list.filter((h) => h.kind === "de-facto").map((h) => h.id)).toEqual([
      "midsummer-eve",
      "christmas-eve",
    ]);
    expect(list.find((h) => h.id === "midsummer-day")?.names).toEqual({
      fi: "Juhannuspäivä",
      sv: "Midsommardagen",
      en: "Midsummer Day",
    });
  });

  it("computes well-known Easters outside the table", () => {
    expect(formatCalendarDate(easterSunday(2000))).toBe("2000-04-23");
    expect(formatCalendarDate(easterSunday(2019))).toBe("2019-04-21");
    expect(formatCalendarDate(easterSunday(2038))).toBe("2038-04-25");
  });
});

describe("isWorkingDay", () => {
  it("excludes weekends, public holidays and de facto days off", () => {
    expect(isWorkingDay(at("2026-04-02T12:00:00+03:00"))).toBe(true); // Maundy Thursday
    expect(isWorkingDay(at("2026-04-03T12:00:00+03:00"))).toBe(false); // Good Friday
    expect(isWorkingDay(at("2026-04-06T12:00:00+03:00"))).toBe(false); // Easter Monday
    expect(isWorkingDay(at("2026-06-19T12:00:00+03:00"))).toBe(false); // Midsummer Eve
    expect(isWorkingDay(at("2025-12-24T12:00:00+02:00"))).toBe(false); // Christmas Eve
    expect(isWorkingDay(at("2026-05-14T12:00:00+03:00"))).toBe(false); // Ascension Day
    expect(isWorkingDay(at("2026-05-16T12:00:00+03:00"))).toBe(false); // Saturday
    expect(isWorkingDay(at("2026-05-15T12:00:00+03:00"))).toBe(true);
  });

  it("decides by the Helsinki date, not UTC", () => {
    // 23:30 UTC on Thursday 2 April 2026 is already Good Friday 02:30 in Helsinki.
    expect(isWorkingDay(new Date("2026-04-02T23:30:00Z"))).toBe(false);
    // 22:30 UTC on Sunday 5 January 2025 is already Monday 6 January (Epiphany) in Helsinki.
    expect(isWorkingDay(new Date("2025-01-05T22:30:00Z"))).toBe(false);
    expect(isWorkingDay(new Date("2025-01-06T22:30:00Z"))).toBe(true); // Tuesday 00:30 in Helsinki
  });
});

describe("addWorkingDays", () => {
  it("skips Easter", () => {
    // Thursday before Easter 2025 → Tuesday after Easter Monday.
    expect(addWorkingDays({ from: at("2025-04-17T10:00:00+03:00"), days: 1 })).toEqual(
      at("2025-04-22T10:00:00+03:00"),
    );
    expect(addWorkingDays({ from: at("2025-04-17T10:00:00+03:00"), days: 3 })).toEqual(
      at("2025-04-24T10:00:00+03:00"),
    );
    // Wednesday before Easter 2026, five working days: Thu, Tue, Wed, Thu, Fri.
    expect(addWorkingDays({ from: at("2026-04-01T09:15:00+03:00"), days: 5 })).toEqual(
      at("2026-04-10T09:15:00+03:00"),
    );
  });

  it("skips Midsummer", () => {
    expect(addWorkingDays({ from: at("2025-06-19T16:00:00+03:00"), days: 1 })).toEqual(
      at("2025-06-23T16:00:00+03:00"),
    );
    expect(addWorkingDays({ from: at("2027-06-24T08:00:00+03:00"), days: 2 })).toEqual(
      at("2027-06-29T08:00:00+03:00"),
    );
  });

  it("keeps the wall-clock time across the spring DST change at Easter 2027", () => {
    // Clocks go forward on Sunday 28 March 2027, which is also Easter Sunday.
    expect(addWorkingDays({ from: at("2027-03-25T14:00:00+02:00"), days: 1 })).toEqual(
      at("2027-03-30T14:00:00+03:00"),
    );
  });

  it("skips Christmas and counts from a weekend", () => {
    expect(addWorkingDays({ from: at("2025-12-23T12:00:00+02:00"), days: 1 })).toEqual(
      at("2025-12-29T12:00:00+02:00"),
    );
    // Saturday → Monday is the first working day.
    expect(addWorkingDays({ from: at("2026-05-16T12:00:00+03:00"), days: 1 })).toEqual(
      at("2026-05-18T12:00:00+03:00"),
    );
    expect(addWorkingDays({ from: at("2026-05-16T12:00:00+03:00"), days: 0 })).toEqual(
      at("2026-05-16T12:00:00+03:00"),
    );
  });

  it("rejects negative and fractional days", () => {
    expect(() => addWorkingDays({ from: new Date(), days: -1 })).toThrow(RangeError);
    expect(() => addWorkingDays({ from: new Date(), days: 1.5 })).toThrow(RangeError);
  });
});
