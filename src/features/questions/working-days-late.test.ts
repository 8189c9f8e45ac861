import { describe, expect, it } from "vitest";
import { workingDaysLate } from "./working-days-late";

const at = (iso: string) => new Date(iso);

describe("workingDaysLate", () => {
  it("is 0 when the answer came on time", () => {
    expect(workingDaysLate({ due: at("2026-03-10T12:00:00Z"), answeredAt: at("2026-03-10T11:59:00Z") })).toBe(
      0,
    );
  });

  it("counts an answer a minute late as one day late", () => {
    expect(workingDaysLate({ due: at("2026-03-10T12:00:00Z"), answeredAt: at("2026-03-10T12:01:00Z") })).toBe(
      1,
    );
  });

  it("skips the weekend: due Friday, answered Monday morning is one day late, Tuesday before 14:00 two", () => {
    const due = at("2026-03-13T12:00:00Z"); // Friday 14:00 in Helsinki
    expect(workingDaysLate({ due, answeredAt: at("2026-03-16T07:00:00Z") })).toBe(1);
    expect(workingDaysLate({ due, answeredAt: at("2026-03-17T11:00:00Z") })).toBe(2);
  });

  it("skips Easter: due Thursday before Good Friday, answered on Easter Monday evening is still one day late", () => {
    // 2026: Good Friday 3 April, Easter Monday 6 April; the first working day after is Tuesday 7 April.
    const due = at("2026-04-02T09:00:00Z");
    expect(workingDaysLate({ due, answeredAt: at("2026-04-06T15:00:00Z") })).toBe(1);
    expect(workingDaysLate({ due, answeredAt: at("2026-04-07T10:00:00Z") })).toBe(2);
  });
});
