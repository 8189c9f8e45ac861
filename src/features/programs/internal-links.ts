import { type LinkTargets, resolveContentLink, UnknownLinkTargetError } from "../library/index";
import type { Program } from "./program-schema";

/** Every Markdown text of a program with where it sits, for link and phone-number checks. */
export function programTexts(program: Program): { where: string; text: string }[] {
  const texts = [
    { where: "forWhom", text: program.forWhom },
    { where: "notFor", text: program.notFor },
    { where: "seekHelpInstead", text: program.seekHelpInstead },
    { where: "summary", text: program.summary },
  ];
  for (const module of program.parts.flatMap((p) => p.modules)) {
    texts.push({ where: `module ${module.id}`, text: module.body });
    for (const exercise of module.exercises) {
      const where = `exercise ${exercise.id}`;
      if (exercise.intro) texts.push({ where, text: exercise.intro });
      if (exercise.type === "worksheet") {
        for (const p of exercise.prompts) if (p.help) texts.push({ where, text: p.help });
      }
      if (exercise.type === "budget") {
        for (const l of [...exercise.income, ...exercise.costs])
          if (l.help) texts.push({ where, text: l.help });
      }
    }
  }
  return texts;
}

/** Problems with the Markdown links of one program in one language; empty when all links resolve. */
export function checkProgramLinks({
  program,
  targets,
}: {
  program: Program;
  targets: LinkTargets;
}): string[] {
  const problems: string[] = [];
  for (const { where, text } of programTexts(program)) {
    for (const match of text.matchAll(/\]\(([^)\s]*)\)/g)) {
      const href = match[1] ?? "";
      if (href.startsWith("https://")) continue;
      try {
        // A pseudo-link comes back as a site path; anything else (http:, javascript:, relative) does not.
        if (!resolveContentLink(href, targets).startsWith("/"))
          problems.push(`${where}: link "${href}" is neither https:// nor an internal pseudo-URL`);
      } catch (error) {
        if (!(error instanceof UnknownLinkTargetError)) throw error;
        problems.push(`${where}: unknown link target "${href}" in ${targets.lang}`);
      }
    }
  }
  return problems;
}
