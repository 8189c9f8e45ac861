export const crisisCategories = [
  "suicide",
  "self-harm",
  "violence-now",
  "child-in-danger",
  "medical-emergency",
] as const;
export type CrisisCategory = (typeof crisisCategories)[number];

export interface CrisisAssessment {
  crisis: boolean;
  categories: CrisisCategory[];
  /** Short matched cues for staff, never the whole text. */
  reasons: string[];
}
