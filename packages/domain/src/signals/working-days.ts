import Holidays from "date-holidays";
import { addDays, toUtcDate, type IsoDate } from "../common/iso-date.js";

/**
 * Which date-holidays types count as a day off. ASSUMED: only the "public" Dutch holidays
 * (Nieuwjaar, Pasen, Koningsdag, Hemelvaart, Pinksteren, Kerst); Goede Vrijdag and
 * Bevrijdingsdag (yearly) are working days for most organisations (CAO-dependent).
 */
export const holidayTypesOff: readonly string[] = ["public"];

let calendar: Holidays | undefined;
const byYear = new Map<number, ReadonlySet<IsoDate>>();

/** Dutch public holidays of a year, computed once (pure: same year, same answer). */
export function dutchHolidays(year: number): ReadonlySet<IsoDate> {
  let days = byYear.get(year);
  if (!days) {
    calendar ??= new Holidays("NL");
    // `date` is the local calendar day ("YYYY-MM-DD hh:mm:ss"); `start` would shift by the time zone.
    days = new Set(
      calendar
        .getHolidays(year)
        .filter((h) => holidayTypesOff.includes(h.type))
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, days);
  }
  return days;
}

export function isWorkingDay(date: IsoDate): boolean {
  const weekday = toUtcDate(date).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !dutchHolidays(Number(date.slice(0, 4))).has(date);
}

/**
 * The n-th working day after `from` ("within 3 working days" of a Friday is the Wednesday);
 * `from` itself never counts, whether or not it is a working day.
 */
export function addWorkingDays(from: IsoDate, workingDays: number): IsoDate {
  let date = from;
  let left = workingDays;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left--;
  }
  return date;
}

/** The n-th working day before `to` (the mirror of addWorkingDays; `to` itself never counts). */
export function subtractWorkingDays(to: IsoDate, workingDays: number): IsoDate {
  let date = to;
  let left = workingDays;
  while (left > 0) {
    date = addDays(date, -1);
    if (isWorkingDay(date)) left--;
  }
  return date;
}
