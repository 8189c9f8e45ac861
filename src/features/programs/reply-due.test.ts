import { describe, expect, it } from "vitest";
import { compareForAttention, type Course, isReplyOverdue, replyDueFrom } from "./guided-service";

const course = (fields: Partial<Course>): Course => ({
  id: "c",
  orgId: "o",
  counsellorUserId: null,
  programId: "low-mood",
  lang: "fi",
  clientCodeHash: "h",
  contactsTotal: 3,
  contactsUsed: 0,
  sharedParts: "",
  endsAt: new Date("2027-01-01T00:00:00Z"),
  endedAt: null,
  crisisAt: null,
  awaitingReply: false,
  replyDueAt: null,
  doneModules: "",
  who5StartEnc: null,
  who5EndEnc: null,
  feedbackEnc: null,
  createdAt: new Date("2026-01-01T00:00:00Z"),
  ...fields,
});

describe("replyDueFrom", () => {
  it("skips the Easter holidays and the weekend (Maundy Thursday + 2 working days = Wednesday)", () => {
    // Thursday 2 April 2026 at 10:00 in Helsinki (UTC+3 in summer time).
    const due = replyDueFrom(new Date("2026-04-02T07:00:00Z"), 2);
    expect(due.toISOString()).toBe("2026-04-08T07:00:00.000Z");
  });

  it("counts a plain week: Friday + 2 working days = Tuesday at the same time", () => {
    expect(replyDueFrom(new Date("2026-11-20T12:30:00Z"), 2).toISOString()).toBe("2026-11-24T12:30:00.000Z");
  });
});

describe("compareForAttention", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  it("puts crisis first, then unanswered by due date, then active, then ended", () => {
    const late = course({ id: "late", awaitingReply: true, replyDueAt: new Date("2026-05-30T12:00:00Z") });
    const soon = course({ id: "soon", awaitingReply: true, replyDueAt: new Date("2026-06-03T12:00:00Z") });
    const crisis = course({ id: "crisis", crisisAt: now });
    const active = course({ id: "active" });
    const ended = course({ id: "ended", endedAt: new Date("2026-05-01T00:00:00Z") });
    const sorted = [ended, active, soon, late, crisis].sort((a, b) => compareForAttention(a, b, now));
    expect(sorted.map((c) => c.id)).toEqual(["crisis", "late", "soon", "active", "ended"]);
    expect(isReplyOverdue(late, now)).toBe(true);
    expect(isReplyOverdue(soon, now)).toBe(false);
    expect(isReplyOverdue({ ...late, endedAt: now }, now)).toBe(false);
  });
});
