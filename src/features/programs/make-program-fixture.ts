import type { Program } from "./program-schema";

/** A small valid program for tests; every call returns a fresh copy to mutate. */
export function makeProgramFixture(): Program {
  const module = (id: string, exercises: Program["parts"][number]["modules"][number]["exercises"]) => ({
    id,
    slug: `${id}-slug`,
    title: `Module ${id}`,
    body: "Some **Markdown** text.",
    exercises,
  });
  return {
    id: "test-program",
    slug: "test-program",
    title: "Test program",
    summary: "A program for tests.",
    description: "A description that is long enough to pass the seventy character minimum length.",
    forWhom: "Anyone testing.",
    notFor: "Nobody in particular.",
    seekHelpInstead: "In an emergency call 112.",
    weeks: 6,
    parts: [
      {
        kind: "information",
        title: "Information",
        modules: [
          module("what", [
            {
              id: "what-notes",
              type: "worksheet",
              title: "Notes",
              prompts: [
                { id: "first", label: "First" },
                { id: "second", label: "Second", help: "Help text" },
              ],
              maxLength: 1000,
            },
          ]),
          module("why", [
            {
              id: "why-signs",
              type: "checklist",
              title: "Signs",
              items: [
                { id: "a", label: "A" },
                { id: "b", label: "B" },
                { id: "c", label: "C" },
              ],
            },
            {
              id: "why-rating",
              type: "rating",
              title: "Rating",
              scales: [
                { id: "mood", label: "Mood", min: 0, max: 10, minLabel: "Low", maxLabel: "High" },
                { id: "energy", label: "Energy", min: 1, max: 5, minLabel: "Low", maxLabel: "High" },
              ],
            },
          ]),
        ],
      },
      {
        kind: "skills",
        title: "Skills",
        modules: [
          module("plan", [
            {
              id: "plan-week",
              type: "activity-planner",
              title: "Week",
              days: [
                { id: "mon", label: "Monday" },
                { id: "tue", label: "Tuesday" },
              ],
              slots: [
                { id: "morning", label: "Morning" },
                { id: "evening", label: "Evening" },
              ],
              suggestions: [{ id: "walk", label: "Walk" }],
            },
          ]),
          module("diaries", [
            {
              id: "diaries-thoughts",
              type: "thought-diary",
              title: "Thoughts",
              columns: {
                situation: "Situation",
                thought: "Thought",
                feeling: "Feeling",
                intensity: "Intensity",
                alternativeThought: "Alternative",
              },
            },
            {
              id: "diaries-worry",
              type: "worry-diary",
              title: "Worries",
              columns: {
                situation: "When",
                worry: "Worry",
                intensity: "Intensity",
                kind: "Kind",
                nextStep: "Next",
              },
              kindLabels: { practical: "Practical", hypothetical: "What if" },
            },
          ]),
        ],
      },
      {
        kind: "maintaining",
        title: "Maintaining",
        modules: [
          module("money", [
            {
              id: "money-budget",
              type: "budget",
              title: "Budget",
              income: [
                { id: "salary", label: "Salary" },
                { id: "benefits", label: "Benefits" },
              ],
              costs: [
                { id: "rent", label: "Rent" },
                { id: "food", label: "Food" },
              ],
            },
          ]),
        ],
      },
    ],
  };
}
