import type { Exercise, Program } from "./program-schema";

function exerciseKeys(exercise: Exercise): string[] {
  switch (exercise.type) {
    case "worksheet":
      return [`maxLength=${exercise.maxLength}`, ...exercise.prompts.map((p) => `prompt:${p.id}`)];
    case "checklist":
      return exercise.items.map((i) => `item:${i.id}`);
    case "rating":
      return exercise.scales.map((s) => `scale:${s.id}:${s.min}-${s.max}`);
    case "activity-planner":
      return [
        ...exercise.days.map((d) => `day:${d.id}`),
        ...exercise.slots.map((s) => `slot:${s.id}`),
        ...exercise.suggestions.map((s) => `suggestion:${s.id}`),
      ];
    case "thought-diary":
    case "worry-diary":
      return [];
    case "budget":
      return [...exercise.income.map((l) => `income:${l.id}`), ...exercise.costs.map((l) => `cost:${l.id}`)];
  }
}

/**
 * The language-independent skeleton of a program as ordered lines. Saved answers and progress are keyed by these
 * ids, so every translation of a program must have exactly the same skeleton.
 */
export function programStructure(program: Program): string[] {
  const lines = [`program ${program.id}`, `weeks ${program.weeks}`];
  program.parts.forEach((part, p) => {
    lines.push(`part ${p} ${part.kind}`);
    part.modules.forEach((module, m) => {
      lines.push(`part ${p} module ${m} ${module.id}`);
      module.exercises.forEach((exercise, e) => {
        const at = `module ${module.id} exercise ${e} ${exercise.id} (${exercise.type})`;
        lines.push(at, ...exerciseKeys(exercise).map((key, k) => `${at} ${k} ${key}`));
      });
    });
  });
  return lines;
}

/** Lines of `other`'s skeleton that differ from `reference`'s; empty when the structures match. */
export function compareProgramStructures({
  reference,
  other,
}: {
  reference: Program;
  other: Program;
}): string[] {
  const a = programStructure(reference);
  const b = programStructure(other);
  const inA = new Set(a);
  const inB = new Set(b);
  return [
    ...a.filter((l) => !inB.has(l)).map((l) => `missing: ${l}`),
    ...b.filter((l) => !inA.has(l)).map((l) => `extra: ${l}`),
  ];
}
