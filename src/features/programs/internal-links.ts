import type { Lang } from "../../platform/i18n/lang";
import type { Program } from "./program-schema";

// Mirrors the link targets listed in content/README.md (a test keeps the two in step) until the shared
// content link resolver exists.
export const articleIds = [
  "depression",
  "anxiety",
  "panic",
  "stress",
  "burnout",
  "sleep",
  "loneliness",
  "grief",
  "self-harm",
  "suicidal-thoughts",
  "eating-problems",
  "trauma",
  "alcohol",
  "drugs",
  "gambling",
  "concern-for-close-one",
  "financial-distress",
  "debt",
  "social-assistance",
  "kela-benefits",
  "housing-and-eviction",
  "unemployment",
  "relationships",
  "divorce",
  "domestic-violence",
  "parenting",
  "family-counselling",
  "child-welfare",
  "caring-for-close-one",
  "young-people",
  "older-people",
  "immigrants",
  "levels-of-care",
  "social-worker",
  "psychotherapy-and-rehabilitation",
  "first-appointment",
  "crisis-help",
  "where-to-get-help",
  "anonymous-help",
  "self-care-basics",
] as const;
export const hubIds = ["mental-health", "substances", "social", "getting-help"] as const;
export const questionnaireSlugs = ["phq-9", "gad-7", "audit", "audit-c", "who-5"] as const;
export const pageNames = [
  "navigator",
  "crisis",
  "chat",
  "questions",
  "search",
  "services",
  "chatbot",
] as const;
/** Program ids and the languages each exists in. */
export const programLanguages: Record<string, readonly Lang[]> = {
  "money-worries": ["fi", "sv", "en"],
  "low-mood": ["fi", "sv", "en"],
  "anxiety-worry": ["fi", "sv", "en"],
  sleep: ["fi", "sv", "en"],
  loneliness: ["fi", "sv", "en"],
  "stress-burnout": ["fi", "sv", "en"],
  "youth-inclusion": ["fi"],
  "violence-close-relationships": ["fi"],
};

const targets: Record<string, ReadonlySet<string>> = {
  article: new Set(articleIds),
  hub: new Set(hubIds),
  questionnaire: new Set(questionnaireSlugs),
  page: new Set(pageNames),
};

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
export function checkProgramLinks({ program, lang }: { program: Program; lang: Lang }): string[] {
  const problems: string[] = [];
  for (const { where, text } of programTexts(program)) {
    for (const match of text.matchAll(/\]\(([^)\s]*)\)/g)) {
      const href = match[1] ?? "";
      const internal = /^([a-z]+):([a-z0-9-]+)$/.exec(href);
      if (href.startsWith("https://")) continue;
      if (!internal) {
        problems.push(`${where}: link "${href}" is neither https:// nor an internal pseudo-URL`);
        continue;
      }
      const [, scheme = "", id = ""] = internal;
      const ok =
        scheme === "program" ? (programLanguages[id]?.includes(lang) ?? false) : targets[scheme]?.has(id);
      if (!ok) problems.push(`${where}: unknown link target "${href}" in ${lang}`);
    }
  }
  return problems;
}
