import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvRows } from "./parse-csv";

describe("parseCsv", () => {
  it("handles quoted commas, doubled quotes, line breaks and CRLF", () => {
    expect(parseCsvRows('a,b,c\r\n1,"x, y","say ""hi"""\n2,"two\nlines",\n')).toEqual([
      ["a", "b", "c"],
      ["1", "x, y", 'say "hi"'],
      ["2", "two\nlines", ""],
    ]);
  });

  it("keys records by the header and refuses ragged rows", () => {
    expect(parseCsv("id,name\n001,Åbo\n")).toEqual([{ id: "001", name: "Åbo" }]);
    expect(() => parseCsv("id,name\n001\n")).toThrow(/row 2 has 1 fields/);
    expect(() => parseCsv('id\n"open')).toThrow(/quoted/);
  });
});
