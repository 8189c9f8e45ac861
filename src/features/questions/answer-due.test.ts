import { describe, expect, it } from "vitest";
import { answerDue } from "./answer-due";

const helsinkiDay = (d: Date): string =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki", dateStyle: "short" }).format(d);

describe("answerDue", () => {
  it("skips Good Friday and Easter Monday", () => {
    // Maundy Thursday 2025-04-17 at 10:00 Helsinki; Fri 18 and Mon 21 are public holidays.
    const due = answerDue({ askedAt: new Date("2025-04-17T07:00:00Z"), workingDays: 2 });
    expect(helsinkiDay(due)).toBe("2025-04-23");
    expect(due.toISOString()).toBe("2025-04-23T07:00:00.000Z");
  });

  it("skips Midsummer Eve and the weekend", () => {
    // Thursday 2025-06-19; Midsummer Eve Fri 20 is not a working day, Sat 21 is Midsummer Day.
    const due = answerDue({ askedAt: new Date("2025-06-19T09:00:00Z"), workingDays: 1 });
    expect(helsinkiDay(due)).toBe("2025-06-23");
  });

  it("counts plain weekdays one by one", () => {
    // Monday 2025-03-03 + 3 working days = Thursday.
    expect(helsinkiDay(answerDue({ askedAt: new Date("2025-03-03T10:00:00Z"), workingDays: 3 }))).toBe(
      "2025-03-06",
    );
  });

  it("a question sent on a Saturday starts counting from Monday", () => {
    expect(helsinkiDay(answerDue({ askedAt: new Date("2025-03-08T10:00:00Z"), workingDays: 1 }))).toBe(
      "2025-03-10",
    );
  });
});
