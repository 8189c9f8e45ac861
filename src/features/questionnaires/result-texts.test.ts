import { describe, expect, it } from "vitest";
import { langs } from "../../platform/i18n/lang";
import { questionnaireSlugs } from "./instrument-schema";
import { bandTexts, flagTexts, resultText } from "./result-texts";
import { bandSchemas, questionnaireFlags } from "./schemas";

describe("result texts", () => {
  it.each(questionnaireSlugs)("%s has every band in fi, sv and en, saying it is not a diagnosis", (slug) => {
    const notDiagnosis = { fi: "diagnoosi", sv: "diagnos", en: "diagnosis" } as const;
    expect(Object.keys(bandTexts[slug]).sort()).toEqual([...bandSchemas[slug].options].sort());
    for (const band of bandSchemas[slug].options) {
      for (const lang of langs) {
        const text = resultText(slug, band, lang);
        expect(text?.title.length).toBeGreaterThan(3);
        expect(text?.meaning.length).toBeGreaterThan(20);
        expect(text?.nextStep.length).toBeGreaterThan(20);
        expect(text?.notMeaning).toContain(notDiagnosis[lang]);
      }
    }
  });

  it("has every flag in every language and explains the AUDIT-C minor rule as Luukku's own", () => {
    for (const flag of questionnaireFlags)
      for (const lang of langs) expect(flagTexts[flag][lang].length).toBeGreaterThan(40);
    expect(flagTexts.minor.en).toContain("Luukku's own rule");
    expect(flagTexts.minor.fi).toContain("Luukun oma sääntö");
    expect(flagTexts.minor.sv).toContain("Luukkus egen regel");
  });

  it("returns undefined for a band of another instrument", () => {
    expect(resultText("gad-7", "zone-1", "en")).toBeUndefined();
  });
});
