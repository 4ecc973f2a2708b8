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
  const ms = Date.parse(at);
  // Unparseable (Intl throws the RangeError it always did), or from before the EU's common rules.
  if (!(ms >= EU_SUMMER_TIME_RULES)) return amsterdam.format(new Date(at));
  // Since 1996 Europe/Amsterdam changes its offset only at 01:00 UTC, so one offset per UTC hour is
  // exact; formatting with Intl for every timestamp of every card was ~1.5 % of a delivery's CPU.
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    offset = amsterdamOffsetMs(hour * HOUR_MS);
    if (offsetByUtcHour.size >= OFFSET_CACHE_MAX) offsetByUtcHour.clear();
    offsetByUtcHour.set(hour, offset);
  }
  const local = new Date(ms + offset);
  const year = local.getUTCFullYear();
  // Outside 0000-9999 toISOString would widen the year; Intl decides those as it always did.
  if (year < 0 || year > 9999) return amsterdam.format(new Date(ms));
  return local.toISOString().slice(0, 10);
}

const HOUR_MS = 3_600_000;
const EU_SUMMER_TIME_RULES = Date.UTC(1996, 0, 1);
const OFFSET_CACHE_MAX = 100_000;
const offsetByUtcHour = new Map<number, number>();
const amsterdamClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Amsterdam's offset from UTC at a moment, in ms (+1 h in winter, +2 h in summer). */
function amsterdamOffsetMs(ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of amsterdamClock.formatToParts(new Date(ms))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts["year"]!, parts["month"]! - 1, parts["day"]!, parts["hour"]!, parts["minute"]!);
  return wall - (ms - (ms % 60_000));
}

/**
 * "Today" for every rule, term and card: the Dutch calendar day of the one clock the app passes
 * down (never a UTC day: between 00:00 and 01:00/02:00 Dutch time the UTC day is still yesterday).
 */
export function dutchToday(now: Date): IsoDate {
  return amsterdam.format(now);
}
