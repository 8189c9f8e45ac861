import {
  type HelpLevel,
  type HelpNavigatorInput,
  type HelpRecommendation,
  type ReasonCode,
  type WorryId,
  durations,
  impacts,
  reasonCodes,
} from "./schemas";

/** Base level from how long (columns: days, weeks, months, long) × how much (rows: impacts in order). */
const durationImpactLevels: Readonly<Record<(typeof impacts)[number], readonly HelpLevel[]>> = {
  none: [1, 1, 2, 2],
  some: [1, 2, 3, 3],
  much: [3, 3, 4, 4],
  "cannot-cope": [4, 4, 4, 4],
};

const socialWorries: readonly WorryId[] = ["money", "housing", "violence", "child-concern"];
const substanceWorries: readonly WorryId[] = ["substances", "gambling"];
const neverAloneWorries: readonly WorryId[] = ["violence", "child-concern"];

interface Finding {
  level: HelpLevel | 0;
  reason: ReasonCode;
}

/** Signs that someone may be in danger now; any one of them means urgent help. */
export function hasPresentRisk(input: HelpNavigatorInput): boolean {
  return (
    input.safety === "now" ||
    input.violenceNow === true ||
    // questionnaires.md: PHQ-9 item 9 >= 1 is `suicidal-ideation`, which always gets the most urgent level,
    // even when the safety question was answered "no" (the two disagree; recall comes first).
    (input.phq !== undefined && input.phq.item9 >= 1)
  );
}

/**
 * The help navigator's decision: the highest level any rule asks for, with every reason that applied, most
 * urgent first. Each rule only ever raises the level as impact, duration or scores grow, so the result is
 * monotone (see CONTEXT.md for the rules and why).
 */
export function recommendHelpLevel(input: HelpNavigatorInput): HelpRecommendation {
  const { worries, phq, gad, auditC } = input;
  const has = (list: readonly WorryId[]) => worries.some((w) => list.includes(w));
  const impact = impacts.indexOf(input.impact);
  const duration = durations.indexOf(input.duration);
  const findings: Finding[] = [];
  const add = (level: HelpLevel | 0, reason: ReasonCode) => findings.push({ level, reason });

  // Present risk.
  if (input.safety === "now") add(6, "crisis-safety-now");
  if (input.violenceNow === true) add(6, "crisis-violence-now");
  if (phq !== undefined && phq.item9 >= 1) add(6, "crisis-thoughts-with-phq9");

  // Severity that needs a professional.
  const severeScores = (phq?.score ?? 0) >= 15 || (gad?.score ?? 0) >= 15;
  const moderateScores = (phq?.score ?? 0) >= 10 || (gad?.score ?? 0) >= 10;
  const thoughts = input.safety === "sometimes-thoughts" || (phq?.item9 ?? 0) >= 1;
  const lastingHeavy = impact >= impacts.indexOf("much") && duration >= durations.indexOf("months");
  const cannotCope = input.impact === "cannot-cope";
  const severe = severeScores || cannotCope || lastingHeavy || thoughts;

  if (input.alreadyInCare === true && severe) add(5, "care-team-severe");
  if (cannotCope) add(4, "cannot-cope");
  if (severeScores) add(4, "severe-symptoms");
  if (thoughts) add(4, "thoughts-of-death");
  if (has(socialWorries) && impact >= impacts.indexOf("much")) add(4, "social-work");
  if (has(substanceWorries) && impact >= impacts.indexOf("much")) add(4, "substance-services");
  if (moderateScores && !severeScores) add(4, "moderate-symptoms");

  // Lighter support.
  if (has(neverAloneWorries)) add(3, "violence-or-child-concern");
  if (auditC?.band === "risky") add(3, "risky-drinking");
  const mildScores = (phq?.score ?? 0) >= 5 || (gad?.score ?? 0) >= 5;
  if (mildScores && !moderateScores) add(2, "mild-symptoms");

  const base = durationImpactLevels[input.impact][duration] ?? 1;
  const baseReason: ReasonCode =
    base === 4
      ? cannotCope
        ? "cannot-cope"
        : "lasting-impact"
      : base === 3
        ? "persistent-or-impact"
        : base === 2
          ? "self-care-program"
          : "information-first";
  add(base, baseReason);

  const level = Math.max(...findings.map((f) => f.level)) as HelpLevel;
  const reasons = findings
    .filter((f) => f.reason !== "information-first" || level === 1)
    .sort((a, b) => b.level - a.level || reasonCodes.indexOf(a.reason) - reasonCodes.indexOf(b.reason))
    .map((f) => f.reason);
  // Someone in care below level 5 still hears that their own team is the first door.
  if (input.alreadyInCare === true && level < 5) reasons.push("already-in-care");
  return { level, reasons: [...new Set(reasons)] };
}
