import type { Lang } from "./translate";

const localeOf = (lang: Lang) => (lang === "nl" ? "nl-NL" : "en-GB");

/** A calendar date (YYYY-MM-DD) as people read it; never shifted by a time zone. */
export function formatDate(lang: Lang, isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(date);
}

/** A moment (ISO with offset) in Dutch time: the convenanten's terms run on Dutch days. */
export function formatInstant(lang: Lang, instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: "Europe/Amsterdam",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits }).format(value);
}
