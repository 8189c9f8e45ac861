import { describe, expect, it } from "vitest";
import {
  codeLookupHash,
  deriveResumeKey,
  newResumeCode,
  openSavedData,
  parseCode,
  sealSavedData,
} from "./resume-vault";

describe("resume vault", () => {
  const data = {
    v: 1 as const,
    programs: { "low-mood": { answers: { x: { type: "checklist", checked: ["a"] } }, done: ["m"] } },
  };

  it("opens only with the right code and the right record id", () => {
    const code = newResumeCode();
    const sealed = sealSavedData({ code, recordId: "r1", data });
    expect(sealed.ciphertext).not.toContain("low-mood");
    expect(openSavedData({ code, recordId: "r1", ...sealed })).toEqual(data);
    expect(openSavedData({ code: newResumeCode(), recordId: "r1", ...sealed })).toBeUndefined();
    expect(openSavedData({ code, recordId: "r2", ...sealed })).toBeUndefined();
  });

  it("a key derived once opens and seals exactly as the code does, and depends on the salt", () => {
    const code = newResumeCode();
    const sealed = sealSavedData({ code, recordId: "r1", data });
    const key = deriveResumeKey(code, sealed.salt);
    expect(openSavedData({ code, recordId: "r1", ...sealed, key })).toEqual(data);
    const resealed = sealSavedData({ code, recordId: "r1", data, salt: sealed.salt, key });
    expect(openSavedData({ code, recordId: "r1", ...resealed })).toEqual(data);
    const other = sealSavedData({ code, recordId: "r1", data });
    expect(deriveResumeKey(code, other.salt).equals(key)).toBe(false);
  });

  it("codes have 130 bits in seven groups, are normalised, and the lookup hash differs per purpose", () => {
    const code = newResumeCode();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}$/);
    expect(parseCode(` ${code.toLowerCase().replace(/-/g, " ")} `)).toBe(code);
    expect(parseCode("ABCD")).toBeUndefined();
    // A 120-bit code given out before the change still opens its data.
    expect(parseCode("abcd efgh jkmn pqrs tvwx yz01")).toBe("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01");
    expect(codeLookupHash(code, "resume")).not.toBe(codeLookupHash(code, "course"));
  });
});
