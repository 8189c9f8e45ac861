import type { Cents } from "./budget-amount";
import type { BudgetAnswer } from "./validate-exercise-answer";

export interface BudgetSums {
  totalIncomeCents: Cents;
  totalCostsCents: Cents;
  /** Income minus costs; negative when the month runs short. */
  balanceCents: Cents;
}

/** Sums a validated budget answer. Amounts are integer cents, so the sums are exact. */
export function sumBudget(answer: Pick<BudgetAnswer, "income" | "costs">): BudgetSums {
  const total = (amounts: Record<string, Cents>) =>
    Object.values(amounts).reduce((sum, cents) => sum + cents, 0);
  const totalIncomeCents = total(answer.income);
  const totalCostsCents = total(answer.costs);
  return { totalIncomeCents, totalCostsCents, balanceCents: totalIncomeCents - totalCostsCents };
}
