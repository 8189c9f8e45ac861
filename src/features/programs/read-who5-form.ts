import { who5Items, who5Options } from "./views/who5";

const who5Values = new Set(who5Options.map((o) => String(o.value)));

/**
 * Reads the five WHO-5 choices of a form. `answers` is set only when every item has one of the offered values:
 * an empty or missing choice is never read as 0. `chosen` keeps the valid choices to show the form again.
 */
export function readWho5Form(form: Record<string, unknown>): {
  answers?: number[];
  chosen: (string | undefined)[];
} {
  const chosen = who5Items.map((_item, i) => {
    const value = form[`q${i}`];
    return typeof value === "string" && who5Values.has(value) ? value : undefined;
  });
  const complete = chosen.every((v) => v !== undefined);
  return { answers: complete ? chosen.map(Number) : undefined, chosen };
}
