import { addMonths, fromUtcDate } from "@convenantbot/domain";

/**
 * `now` minus whole calendar months, same time of day. Uses the domain's month arithmetic,
 * which clamps (31 August minus 6 months is 28/29 February, not 3 March).
 */
export function monthsBefore(now: Date, months: number): Date {
  const day = addMonths(fromUtcDate(now), -months);
  return new Date(`${day}T${now.toISOString().slice(11)}`);
}
