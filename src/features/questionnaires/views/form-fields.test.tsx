import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { everyTypeQuestionnaire } from "../every-type.fixture";
import { parseFormAnswers } from "../parse-form-answers";
import { ConditionalGroup, FormItemField, conditionHint, groupByCondition, islandRule } from "./form-fields";

const items = everyTypeQuestionnaire.item;
const byId = (linkId: string) => {
  const item = items.find((i) => i.linkId === linkId);
  if (!item) throw new Error(linkId);
  return item;
};

describe("FormItemField", () => {
  it("renders every item type with its controls, and errors tied to the field", () => {
    const parsed = parseFormAnswers({
      items,
      body: { "item-mood": "low", "item-low-days": "nine", "item-with-whom": "x" },
    });
    const html = (linkId: string) =>
      render(
        <FormItemField
          lang="en"
          item={byId(linkId)}
          value={parsed.values[linkId]}
          error={parsed.errors.find((e) => e.linkId === linkId)}
        />,
      );
    expect(html("intro")).toBe('<p class="q-instructions">A few questions about your week.</p>');
    expect(html("mood")).toContain("<legend>How has your mood been?</legend>");
    expect(html("mood")).toMatch(/id="item-mood-low"[^>]*checked/);
    const integer = html("low-days");
    expect(integer).toContain('<label for="item-low-days">On how many days was it low?</label>');
    expect(integer).toContain('inputmode="numeric"');
    expect(integer).toContain('aria-describedby="hint-low-days error-low-days"');
    expect(integer).toContain('aria-invalid="true"');
    expect(integer).toContain('value="nine"');
    expect(integer).toContain("A whole number from 1 to 7");
    expect(integer).toContain("Enter a whole number in digits");
    const boolean = html("many-days");
    expect(boolean).toContain("<fieldset");
    expect(boolean).toContain('id="item-many-days-true" name="item-many-days" value="true"');
    expect(boolean).toContain(">Yes</span>");
    expect(boolean).toContain(">No</span>");
    expect(html("with-whom")).toContain('maxlength="20"');
    expect(html("with-whom")).toContain("At most 20 characters");
    expect(html("sleep")).toContain('id="item-sleep-7"');
  });
});

describe("conditional groups", () => {
  it("groups consecutive items that share conditions and says plainly when to answer them", () => {
    const groups = groupByCondition(items);
    expect(groups.map((g) => g.items.map((i) => i.linkId))).toEqual([
      ["intro"],
      ["mood"],
      ["low-days"],
      ["many-days"],
      ["talked"],
      ["with-whom"],
      ["sleep"],
      ["short-sleep"],
      ["name"],
      ["code"],
      ["late"],
    ]);
    expect(conditionHint("en", byId("low-days"), items)).toBe(
      "Answer these only if your answer to “How has your mood been?” was “Low”.",
    );
    expect(conditionHint("fi", byId("talked"), items)).toBe(
      "Vastaa näihin vain, jos vastauksesi kysymykseen ”How has your mood been?” ei ollut ”Good” tai vastauksesi kysymykseen ”Has it been like this for longer than a month?” oli ”Kyllä”.",
    );
    expect(conditionHint("en", byId("many-days"), items)).toContain("was 4 or more");
  });

  it("gives the island the rule in form values", () => {
    expect(islandRule(byId("low-days"), items)).toEqual({
      behavior: "all",
      conditions: [{ field: "item-mood", operator: "=", value: "low" }],
    });
    expect(islandRule(byId("many-days"), items)?.conditions[0]).toEqual({
      field: "item-low-days",
      operator: ">=",
      value: "4",
      numeric: true,
    });
    expect(islandRule(byId("mood"), items)).toBeUndefined();
    const html = render(
      <ConditionalGroup lang="en" hint="Only if" rule={islandRule(byId("low-days"), items)}>
        <p>x</p>
      </ConditionalGroup>,
    );
    expect(html).toContain('data-enable-when="{&quot;behavior&quot;:&quot;all&quot;');
    expect(html).not.toContain("hidden");
  });
});
