import { addWorkingDays } from "../services/index";

/** Enough for any report bucket ("2+ days late"); stops the walk for very old threads. */
const MAX_LATE_DAYS = 60;

/**
 * How many working days after the promised time an answer came: 0 when the promise was kept, n when it
 * came within n working days after the due time (an hour late on a Friday due at 14:00 and an answer on
 * Saturday both count as one day late; weekends and Finnish public holidays do not count).
 */
export function workingDaysLate(options: { due: Date; answeredAt: Date }): number {
  if (options.answeredAt <= options.due) return 0;
  for (let n = 1; n < MAX_LATE_DAYS; n++) {
    if (options.answeredAt <= addWorkingDays({ from: options.due, days: n })) return n;
  }
  return MAX_LATE_DAYS;
}
