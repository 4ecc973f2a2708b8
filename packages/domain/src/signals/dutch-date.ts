import { z } from "zod";
import type { IsoDate } from "../common/iso-date.js";

/** A moment with offset (e.g. 2026-03-02T09:15:00+01:00 or ...Z); passed in, never read from a clock. */
export const InstantSchema = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof InstantSchema>;

const amsterdam = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in the Netherlands of a moment: terms run on Dutch days, not UTC days. */
export function dutchDateOf(at: Instant): IsoDate {
  return amsterdam.format(new Date(at));
}

/**
 * "Today" for every rule, term and card: the Dutch calendar day of the one clock the app passes
 * down (never a UTC day: between 00:00 and 01:00/02:00 Dutch time the UTC day is still yesterday).
 */
export function dutchToday(now: Date): IsoDate {
  return amsterdam.format(now);
}
