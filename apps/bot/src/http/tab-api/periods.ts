import { dutchDateOf } from "@convenantbot/domain";

/** "2026-H1" for January-June, "2026-H2" for July-December: the seeds ask for half-yearly monitoring. */
export function halfYearOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-H${month <= 6 ? 1 : 2}`;
}

/** The Dutch calendar day of a stored timestamp (a signal at 23:30 UTC on 30 June is in H2 in the Netherlands). */
export function dutchDayOf(timestamp: string): string {
  return dutchDateOf(new Date(timestamp).toISOString());
}

export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));
