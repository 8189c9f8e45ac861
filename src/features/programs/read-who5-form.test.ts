import { describe, expect, it } from "vitest";
import { readWho5Form } from "./read-who5-form";

describe("readWho5Form", () => {
  it("reads five offered choices as numbers", () => {
    expect(readWho5Form({ q0: "3", q1: "0", q2: "5", q3: "2", q4: "1" })).toEqual({
      answers: [3, 0, 5, 2, 1],
      chosen: ["3", "0", "5", "2", "1"],
    });
  });

  it("an empty, missing, repeated or unknown choice is no answer (never 0), and the valid ones are kept", () => {
    expect(readWho5Form({ q0: "3", q1: "", q2: "5", q3: "2", q4: "1" })).toEqual({
      answers: undefined,
      chosen: ["3", undefined, "5", "2", "1"],
    });
    expect(readWho5Form({ q0: "3" }).answers).toBeUndefined();
    expect(readWho5Form({ q0: ["1", "2"], q1: "6", q2: "x", q3: 2, q4: "1" })).toEqual({
      answers: undefined,
      chosen: [undefined, undefined, undefined, undefined, "1"],
    });
  });
});
