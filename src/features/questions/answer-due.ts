import { addWorkingDays } from "../services/index";

/** The promised answer time: working days in Finland, so weekends and public holidays do not count. */
export function answerDue(options: { askedAt: Date; workingDays: number }): Date {
  return addWorkingDays({ from: options.askedAt, days: options.workingDays });
}
