import type { Lang } from "../../../platform/i18n/lang";
import { centsToDecimalString } from "../budget-amount";
import type { Exercise } from "../program-schema";
import { sumBudget } from "../sum-budget";
import { programText, staffText } from "../texts";
import type { ExerciseAnswer } from "../validate-exercise-answer";

const money = (cents: number) => `${centsToDecimalString(cents)} €`;

/** A read-only view of one saved answer, for the professional. */
export function AnswerSummary(props: { lang: Lang; exercise: Exercise; answer: ExerciseAnswer | undefined }) {
  const { lang, exercise, answer } = props;
  if (answer?.type !== exercise.type) return <p class="meta">{staffText(lang, "noAnswer")}</p>;
  const rows: [string, string][] = [];
  switch (answer.type) {
    case "worksheet":
      if (exercise.type === "worksheet")
        for (const p of exercise.prompts)
          if (answer.responses[p.id]) rows.push([p.label, answer.responses[p.id] ?? ""]);
      break;
    case "checklist":
      if (exercise.type === "checklist")
        rows.push([
          exercise.title,
          exercise.items
            .filter((i) => answer.checked.includes(i.id))
            .map((i) => i.label)
            .join(", "),
        ]);
      break;
    case "rating":
      if (exercise.type === "rating")
        for (const s of exercise.scales)
          if (answer.values[s.id] !== undefined)
            rows.push([s.label, `${String(answer.values[s.id])} / ${s.max}`]);
      break;
    case "activity-planner":
      if (exercise.type === "activity-planner")
        for (const c of answer.cells) {
          const day = exercise.days.find((d) => d.id === c.day)?.label ?? c.day;
          const slot = exercise.slots.find((s) => s.id === c.slot)?.label ?? c.slot;
          rows.push([
            `${day}, ${slot}`,
            `${c.activity}${c.done ? ` ✓ ${programText(lang, "plannerDone")}` : ""}${
              c.mood !== undefined ? ` · ${programText(lang, "plannerMoodShort", { n: String(c.mood) })}` : ""
            }`,
          ]);
        }
      break;
    case "thought-diary":
    case "worry-diary":
      answer.entries.forEach((entry, i) => {
        rows.push([`${i + 1}`, Object.values(entry).map(String).join(" · ")]);
      });
      break;
    case "budget": {
      const sums = sumBudget(answer);
      rows.push([programText(lang, "budgetTotalIncome"), money(sums.totalIncomeCents)]);
      rows.push([programText(lang, "budgetTotalCosts"), money(sums.totalCostsCents)]);
      rows.push([programText(lang, "budgetBalance"), money(sums.balanceCents)]);
      break;
    }
  }
  if (rows.length === 0) return <p class="meta">{staffText(lang, "noAnswer")}</p>;
  return (
    <dl class="answer-summary">
      {rows.map(([k, v], i) => (
        <div key={i}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
