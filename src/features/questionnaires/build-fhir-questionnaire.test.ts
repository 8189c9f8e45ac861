import { describe, expect, it } from "vitest";
import { langs } from "../../platform/i18n/lang";
import { buildFhirQuestionnaire } from "./build-fhir-questionnaire";
import { buildQuestionnaireResponse } from "./build-questionnaire-response";
import { fhirQuestionnaireResponseSchema, fhirQuestionnaireSchema, ordinalValueUrl } from "./fhir-schemas";
import { questionnaireSlugs } from "./instrument-schema";
import { availableLanguages, instruments } from "./instruments";
import { scoreQuestionnaire } from "./score-questionnaire";
import { scoringRules } from "./scoring-rules";

const expectedLanguages = {
  "phq-9": ["sv", "en"],
  "gad-7": ["en"],
  "audit-c": ["fi", "en"],
  audit: ["en"],
  "who-5": ["en"],
} as const;

// Written out from the JSON sources named in instruments/README.md; unverified item codes are not published.
const expectedLoinc = {
  "phq-9": {
    panel: "44249-1",
    items: [
      "44250-9",
      "44255-8",
      "44259-0",
      "44254-1",
      "44251-7",
      "44258-2",
      "44252-5",
      "44253-3",
      "44260-8",
    ],
  },
  "gad-7": {
    panel: "69737-5",
    items: ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"],
  },
  "audit-c": { panel: "72109-2", items: [undefined, undefined, undefined] },
  audit: { panel: undefined, items: Array.from({ length: 10 }, () => undefined) },
  "who-5": { panel: undefined, items: Array.from({ length: 5 }, () => undefined) },
} as const;

describe("availableLanguages", () => {
  it.each(questionnaireSlugs)("%s is offered only where items and answer options are sourced", (slug) => {
    expect(availableLanguages(slug)).toEqual(expectedLanguages[slug]);
  });
});

describe("buildFhirQuestionnaire", () => {
  const cases = questionnaireSlugs.flatMap((slug) =>
    availableLanguages(slug).map((lang) => [slug, lang] as const),
  );

  it.each(cases)("%s in %s is a valid R4 Questionnaire", (slug, lang) => {
    const outcome = buildFhirQuestionnaire({ slug, lang });
    if (!outcome.ok) throw new Error(outcome.error.code);
    const q = outcome.value;
    expect(fhirQuestionnaireSchema.safeParse(q).success).toBe(true);
    expect(q.resourceType).toBe("Questionnaire");
    expect(q.id).toBe(`${slug}-${lang}`);
    expect(q.status).toBe("active");
    expect(q.language).toBe(lang);
    expect(q.url.endsWith(`/Questionnaire/${slug}-${lang}`)).toBe(true);
    expect(q.code?.[0]?.code).toBe(expectedLoinc[slug].panel);
    expect(q.copyright).toContain(instruments[slug].license.status);

    const [first, ...rest] = q.item;
    expect(first?.type).toBe("display");
    expect(first?.text).toBe(instruments[slug].instructions[lang]?.text);
    expect(new Set(q.item.map((i) => i.linkId)).size).toBe(q.item.length);

    const scored = rest.filter((i) => i.required === true);
    const rule = scoringRules[slug];
    expect(scored.map((i) => i.linkId)).toEqual(instruments[slug].items.map((i) => i.linkId));
    scored.forEach((item, index) => {
      expect(item.type).toBe("choice");
      expect(item.text).toBe(instruments[slug].items[index]?.text[lang]);
      expect(item.code?.[0]?.code).toBe(expectedLoinc[slug].items[index]);
      // The weights published in FHIR are exactly the values the scorer accepts.
      const weights = item.answerOption?.map(
        (o) => o.extension?.find((e) => e.url === ordinalValueUrl)?.valueDecimal,
      );
      expect(weights?.slice().sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(rule.allowedValues[index]);
      for (const option of item.answerOption ?? []) expect(option.valueCoding?.display).toBeTruthy();
    });
  });

  it("uses the LOINC answer codes on the PHQ-9 frequency scale", () => {
    const outcome = buildFhirQuestionnaire({ slug: "phq-9", lang: "sv" });
    if (!outcome.ok) throw new Error(outcome.error.code);
    const item1 = outcome.value.item.find((i) => i.linkId === "phq9-1");
    expect(
      item1?.answerOption?.map((o) => [o.valueCoding?.system, o.valueCoding?.code, o.valueCoding?.display]),
    ).toEqual([
      ["http://loinc.org", "LA6568-5", "Inte alls"],
      ["http://loinc.org", "LA6569-3", "Flera dagar"],
      ["http://loinc.org", "LA6570-1", "Mer än hälften av dagarna"],
      ["http://loinc.org", "LA6571-9", "Nästan varje dag"],
    ]);
  });

  it("adds the PHQ-9 difficulty question as an unscored, unweighted item", () => {
    for (const lang of ["sv", "en"] as const) {
      const outcome = buildFhirQuestionnaire({ slug: "phq-9", lang });
      if (!outcome.ok) throw new Error(outcome.error.code);
      const last = outcome.value.item.at(-1);
      expect(last?.linkId).toBe("phq9-difficulty");
      expect(last?.required).toBe(false);
      expect(last?.code?.[0]?.code).toBe("69722-7");
      expect(last?.answerOption).toHaveLength(4);
      expect(last?.answerOption?.every((o) => o.extension === undefined)).toBe(true);
      expect(outcome.value.item).toHaveLength(11);
    }
  });

  it("refuses languages without official wording and unknown slugs", () => {
    for (const slug of questionnaireSlugs) {
      for (const lang of langs.filter((l) => !availableLanguages(slug).includes(l))) {
        const outcome = buildFhirQuestionnaire({ slug, lang });
        expect(outcome.ok ? undefined : outcome.error.code).toBe("language-not-available");
      }
    }
    const unknown = buildFhirQuestionnaire({ slug: "phq-2", lang: "en" });
    expect(unknown.ok ? undefined : unknown.error.code).toBe("unknown-questionnaire");
  });

  it("credits the sources of the language version", () => {
    const outcome = buildFhirQuestionnaire({ slug: "who-5", lang: "en" });
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.value.copyright).toContain("Psykiatric Center North Zealand");
    expect(outcome.value.copyright).toContain("nivlab/jspsych-demos");
  });
});

describe("buildQuestionnaireResponse", () => {
  it("records answers as codings and the result as extensions", () => {
    const answers = [1, 0, 2, 3, 0, 0, 1, 0, 1];
    const score = scoreQuestionnaire({ slug: "phq-9", answers });
    if (!score.ok) throw new Error(score.error.code);
    const outcome = buildQuestionnaireResponse({
      slug: "phq-9",
      lang: "en",
      answers,
      score: score.value,
      supplementaryAnswers: { "phq9-difficulty": 2 },
    });
    if (!outcome.ok) throw new Error(outcome.error.code);
    const r = outcome.value;
    expect(fhirQuestionnaireResponseSchema.safeParse(r).success).toBe(true);
    expect(r.status).toBe("completed");
    expect(r.questionnaire.endsWith("/Questionnaire/phq-9-en")).toBe(true);
    expect(r.item).toHaveLength(10);
    expect(r.item[0]?.answer[0]?.valueCoding).toEqual({
      system: "http://loinc.org",
      code: "LA6569-3",
      display: "Several days",
    });
    expect(r.item[9]?.answer[0]?.valueCoding.display).toBe("Very difficult");
    expect(r.extension?.map((e) => e.valueInteger ?? e.valueCode)).toEqual([
      8,
      27,
      "mild",
      "suicidal-ideation",
    ]);
  });

  it("refuses answers that are not options of the item", () => {
    const score = scoreQuestionnaire({ slug: "audit-c", answers: [1, 1, 1] });
    if (!score.ok) throw new Error(score.error.code);
    const outcome = buildQuestionnaireResponse({
      slug: "audit-c",
      lang: "fi",
      answers: [1, 1, 7],
      score: score.value,
    });
    expect(outcome.ok ? undefined : outcome.error.code).toBe("invalid-answers");
  });
});
