import { describe, expect, it } from "vitest";
import { makeProgramFixture } from "./make-program-fixture";
import { compareProgramStructures, programStructure } from "./program-structure";

describe("compareProgramStructures", () => {
  it("finds no difference when only the language-specific texts differ", () => {
    const other = makeProgramFixture();
    other.title = "Testiohjelma";
    other.slug = "testiohjelma";
    const m = other.parts[0]?.modules[0];
    if (m) {
      m.slug = "mita";
      m.body = "Toinen teksti.";
    }
    expect(compareProgramStructures({ reference: makeProgramFixture(), other })).toEqual([]);
  });

  it("reports a renamed exercise id, a changed item id and a moved module", () => {
    const other = makeProgramFixture();
    const ex = other.parts[0]?.modules[0]?.exercises[0];
    if (ex) ex.id = "what-notes-2";
    const checklist = other.parts[0]?.modules[1]?.exercises[0];
    if (checklist?.type === "checklist" && checklist.items[2]) checklist.items[2].id = "d";
    const moved = other.parts[1]?.modules.pop();
    if (moved) other.parts[2]?.modules.unshift(moved);
    const diff = compareProgramStructures({ reference: makeProgramFixture(), other });
    expect(diff).toContain("missing: module what exercise 0 what-notes (worksheet)");
    expect(diff).toContain("extra: module what exercise 0 what-notes-2 (worksheet)");
    expect(diff).toContain("extra: module why exercise 0 why-signs (checklist) 2 item:d");
    expect(diff).toContain("missing: part 1 module 1 diaries");
    expect(diff).toContain("extra: part 2 module 0 diaries");
  });

  it("lists budget lines and rating ranges in the skeleton", () => {
    const lines = programStructure(makeProgramFixture());
    expect(lines).toContain("module money exercise 0 money-budget (budget) 3 cost:food");
    expect(lines).toContain("module why exercise 1 why-rating (rating) 1 scale:energy:1-5");
  });
});
