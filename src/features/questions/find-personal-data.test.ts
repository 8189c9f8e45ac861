import { describe, expect, it } from "vitest";
import { findPersonalData } from "./find-personal-data";

describe("findPersonalData", () => {
  it("finds a personal identity code in each century form", () => {
    expect(findPersonalData("Minun hetu on 131052-308T.")).toEqual(["hetu"]);
    expect(findPersonalData("lapsen tunnus 010120A123B")).toEqual(["hetu"]);
  });

  it("finds Finnish phone numbers written in common ways", () => {
    expect(findPersonalData("soita 040 123 4567")).toEqual(["phone"]);
    expect(findPersonalData("numero +358 40 1234567")).toEqual(["phone"]);
    expect(findPersonalData("tai 09-123456")).toEqual(["phone"]);
  });

  it("finds e-mail addresses", () => {
    expect(findPersonalData("vastaa osoitteeseen matti.m@example.fi")).toEqual(["email"]);
  });

  it("finds several kinds at once", () => {
    expect(findPersonalData("131052-308T, 0401234567, a@b.fi")).toEqual(["hetu", "phone", "email"]);
  });

  it("leaves ordinary text, years and small numbers alone", () => {
    expect(findPersonalData("Olen nukkunut huonosti vuodesta 2019, noin 5 tuntia yössä.")).toEqual([]);
    expect(findPersonalData("Lapseni on 3-vuotias ja hänellä on 2 sisarusta.")).toEqual([]);
  });
});
