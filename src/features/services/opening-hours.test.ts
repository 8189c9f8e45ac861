import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type OpeningHoursInput,
  formatOpeningHours,
  openingHoursSchema,
  openingStatus,
  weekdays,
} from "./opening-hours";

const parse = (input: OpeningHoursInput) => openingHoursSchema.parse(input);
const at = (iso: string): Date => new Date(iso);

const officeHours = parse({
  weekly: {
    mon: [{ from: "08:00", to: "16:00" }],
    tue: [{ from: "08:00", to: "16:00" }],
    wed: [
      { from: "08:00", to: "11:30" },
      { from: "12:30", to: "18:00" },
    ],
    thu: [{ from: "08:00", to: "16:00" }],
    fri: [{ from: "08:00", to: "14:00" }],
  },
});

const nightLine = parse({
  weekly: {
    fri: [{ from: "22:00", to: "02:00" }],
    sat: [{ from: "22:00", to: "02:00" }],
  },
  holidays: { rule: "open" },
});

describe("openingHoursSchema", () => {
  it("rejects bad times and duplicate exception dates", () => {
    expect(openingHoursSchema.safeParse({ weekly: { mon: [{ from: "8:00", to: "16:00" }] } }).success).toBe(
      false,
    );
    expect(openingHoursSchema.safeParse({ weekly: { mon: [{ from: "24:00", to: "02:00" }] } }).success).toBe(
      false,
    );
    expect(
      openingHoursSchema.safeParse({
        weekly: "24/7",
        exceptions: [{ date: "2026-12-24" }, { date: "2026-12-24", intervals: [] }],
      }).success,
    ).toBe(false);
    expect(openingHoursSchema.safeParse({ weekly: "24/7" }).success).toBe(true);
  });
});

describe("openingStatus", () => {
  it("is open inside an interval and says when it closes", () => {
    expect(openingStatus({ hours: officeHours, at: at("2026-05-18T09:00:00+03:00") })).toEqual({
      open: true,
      closesAt: at("2026-05-18T16:00:00+03:00"),
    });
  });

  it("finds the next opening over a lunch break, a weekend and Easter", () => {
    expect(openingStatus({ hours: officeHours, at: at("2026-05-20T12:00:00+03:00") })).toEqual({
      open: false,
      opensAt: at("2026-05-20T12:30:00+03:00"),
    });
    expect(openingStatus({ hours: officeHours, at: at("2026-05-22T15:00:00+03:00") })).toEqual({
      open: false,
      opensAt: at("2026-05-25T08:00:00+03:00"),
    });
    // Thursday 2 April 2026 after closing → Good Friday, Easter and Easter Monday closed → Tuesday.
    expect(openingStatus({ hours: officeHours, at: at("2026-04-02T17:00:00+03:00") })).toEqual({
      open: false,
      opensAt: at("2026-04-07T08:00:00+03:00"),
    });
  });

  it("handles intervals over midnight, including the night after a Friday", () => {
    expect(openingStatus({ hours: nightLine, at: at("2026-05-23T01:00:00+03:00") })).toEqual({
      open: true,
      closesAt: at("2026-05-23T02:00:00+03:00"),
    });
    expect(openingStatus({ hours: nightLine, at: at("2026-05-23T03:00:00+03:00") })).toEqual({
      open: false,
      opensAt: at("2026-05-23T22:00:00+03:00"),
    });
  });

  it("applies special holiday hours and dated exceptions", () => {
    const hours = parse({
      weekly: { mon: [{ from: "09:00", to: "15:00" }], tue: [{ from: "09:00", to: "15:00" }] },
      holidays: { rule: "special", intervals: [{ from: "10:00", to: "12:00" }] },
      exceptions: [
        { date: "2026-05-19", intervals: [], note: { fi: "Koulutus", sv: "Utbildning", en: "Training" } },
      ],
    });
    // Easter Monday 2026: special hours.
    expect(openingStatus({ hours, at: at("2026-04-06T11:00:00+03:00") })).toEqual({
      open: true,
      closesAt: at("2026-04-06T12:00:00+03:00"),
    });
    // Tuesday 19 May closed by exception; the holiday hours also apply to Pentecost, a Sunday.
    expect(openingStatus({ hours, at: at("2026-05-19T10:00:00+03:00") })).toEqual({
      open: false,
      opensAt: at("2026-05-24T10:00:00+03:00"),
    });
    expect(openingStatus({ hours, at: at("2026-05-24T13:00:00+03:00") })).toEqual({
      open: false,
      opensAt: at("2026-05-25T09:00:00+03:00"),
    });
  });

  it("handles the DST changes in Helsinki", () => {
    const nights = parse({ weekly: { sat: [{ from: "20:00", to: "08:00" }] }, holidays: { rule: "open" } });
    // Night of 28–29 March 2026 (clocks forward at 03:00): 20:00 EET to 08:00 EEST is 11 hours.
    const spring = openingStatus({ hours: nights, at: at("2026-03-28T21:00:00+02:00") });
    expect(spring).toEqual({ open: true, closesAt: at("2026-03-29T08:00:00+03:00") });
    // Night of 24–25 October 2026 (clocks back at 04:00): closes at 08:00 EET.
    const autumn = openingStatus({ hours: nights, at: at("2026-10-25T03:30:00+03:00") });
    expect(autumn).toEqual({ open: true, closesAt: at("2026-10-25T08:00:00+02:00") });
  });

  it("joins touching intervals and reports no end for 24/7", () => {
    const joined = parse({
      weekly: { mon: [{ from: "16:00", to: "24:00" }], tue: [{ from: "00:00", to: "10:00" }] },
      holidays: { rule: "open" },
    });
    expect(openingStatus({ hours: joined, at: at("2026-05-18T23:00:00+03:00") })).toEqual({
      open: true,
      closesAt: at("2026-05-19T10:00:00+03:00"),
    });
    expect(openingStatus({ hours: parse({ weekly: "24/7" }), at: at("2026-12-24T12:00:00+02:00") })).toEqual({
      open: true,
    });
  });

  it("a closed-forever service has neither time", () => {
    expect(openingStatus({ hours: parse({ weekly: {} }), at: at("2026-05-18T09:00:00+03:00") })).toEqual({
      open: false,
    });
  });
});

const time = fc
  .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.constantFrom(0, 15, 30, 45) })
  .map(({ h, m }) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const interval = fc.record({ from: time, to: fc.oneof(time, fc.constant("24:00")) });
const dayIntervals = fc.array(interval, { maxLength: 3 });
const weekly = fc.record(
  Object.fromEntries(weekdays.map((d) => [d, dayIntervals])) as Record<
    (typeof weekdays)[number],
    typeof dayIntervals
  >,
);
const holidays = fc.oneof(
  fc.constant({ rule: "closed" as const }),
  fc.constant({ rule: "open" as const }),
  fc.record({ rule: fc.constant("special" as const), intervals: dayIntervals }),
);
const hoursArb = fc.record({ weekly, holidays }).map((h) => parse(h));
// 2025–2030, which covers DST changes and every moving holiday in the table.
const instantArb = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms - (ms % 60_000)));

describe("openingStatus properties", () => {
  it("opensAt is in the future and the service is open then", () => {
    fc.assert(
      fc.property(hoursArb, instantArb, (hours, now) => {
        const status = openingStatus({ hours, at: now });
        if (!status.open && status.opensAt) {
          expect(status.opensAt.getTime()).toBeGreaterThan(now.getTime());
          expect(openingStatus({ hours, at: status.opensAt }).open).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("closesAt is in the future and the service is closed then", () => {
    fc.assert(
      fc.property(hoursArb, instantArb, (hours, now) => {
        const status = openingStatus({ hours, at: now });
        if (status.open && status.closesAt) {
          expect(status.closesAt.getTime()).toBeGreaterThan(now.getTime());
          expect(openingStatus({ hours, at: status.closesAt }).open).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("24/7 is always open", () => {
    fc.assert(
      fc.property(instantArb, (now) => {
        expect(openingStatus({ hours: parse({ weekly: "24/7" }), at: now })).toEqual({ open: true });
      }),
      { numRuns: 30 },
    );
  });
});

describe("formatOpeningHours", () => {
  it("groups weekdays and states the holiday rule in each language", () => {
    expect(formatOpeningHours({ hours: officeHours, lang: "fi" })).toEqual([
      "ma, ti 8.00–16.00",
      "ke 8.00–11.30, 12.30–18.00",
      "to 8.00–16.00",
      "pe 8.00–14.00",
      "la, su suljettu",
      "Arkipyhinä ja aattoina suljettu",
    ]);
    expect(formatOpeningHours({ hours: officeHours, lang: "sv" })[4]).toBe("lö, sö stängt");
    expect(formatOpeningHours({ hours: officeHours, lang: "en" })[0]).toBe("Mon, Tue 08:00–16:00");
  });

  it("says 24/7 in one line and lists future exceptions", () => {
    expect(formatOpeningHours({ hours: parse({ weekly: "24/7" }), lang: "sv" })).toEqual([
      "Öppet dygnet runt, alla dagar",
    ]);
    const hours = parse({
      weekly: {
        mon: [{ from: "09:00", to: "15:00" }],
        tue: [{ from: "09:00", to: "15:00" }],
        wed: [{ from: "09:00", to: "15:00" }],
      },
      exceptions: [
        { date: "2025-01-02", intervals: [] },
        {
          date: "2026-12-31",
          intervals: [{ from: "09:00", to: "12:00" }],
          note: { fi: "Uudenvuodenaatto", sv: "Nyårsafton", en: "New Year's Eve" },
        },
      ],
    });
    expect(formatOpeningHours({ hours, lang: "fi", from: at("2026-01-01T12:00:00+02:00") })).toEqual([
      "ma–ke 9.00–15.00",
      "to–su suljettu",
      "Arkipyhinä ja aattoina suljettu",
      "31.12.2026 9.00–12.00 (Uudenvuodenaatto)",
    ]);
    expect(formatOpeningHours({ hours, lang: "en" }).slice(-2)).toEqual([
      "2025-01-02 closed",
      "2026-12-31 09:00–12:00 (New Year's Eve)",
    ]);
  });
});
