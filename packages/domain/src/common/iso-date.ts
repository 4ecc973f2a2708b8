import { z } from "zod";

/**
 * Calendar dates as ISO strings (YYYY-MM-DD). Convenant terms are in whole days and months,
 * so we never let a time zone shift a deadline: all arithmetic is on UTC calendar dates.
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date as YYYY-MM-DD" })
  .refine((value) => isRealDate(value), { message: "not an existing calendar date" });
export type IsoDate = z.infer<typeof IsoDateSchema>;

// Checks run as of a handful of dates; remembering the answers keeps Date parsing off the hot path.
const realDates = new Map<string, boolean>();

function isRealDate(value: string): boolean {
  let real = realDates.get(value);
  if (real === undefined) {
    const date = new Date(`${value}T00:00:00Z`);
    real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    if (realDates.size >= 4096) realDates.clear();
    realDates.set(value, real);
  }
  return real;
}

export function toUtcDate(value: IsoDate): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function fromUtcDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** Adds calendar months; a day that does not exist in the target month clamps to its last day. */
export function addMonths(value: IsoDate, months: number): IsoDate {
  const date = toUtcDate(value);
  const day = date.getUTCDate();
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromUtcDate(target);
}

export function addDays(value: IsoDate, days: number): IsoDate {
  const date = toUtcDate(value);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtcDate(date);
}

export function addYears(value: IsoDate, years: number): IsoDate {
  return addMonths(value, years * 12);
}

/** ISO dates compare correctly as strings; this names the intent. */
export function isOnOrBefore(a: IsoDate, b: IsoDate): boolean {
  return a <= b;
}

/** The UTC day of a moment. Not "today" for a caseworker: use dutchToday (Europe/Amsterdam). */
export function todayUtc(now: Date = new Date()): IsoDate {
  return fromUtcDate(now);
}
