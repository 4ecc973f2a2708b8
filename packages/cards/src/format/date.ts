import type { Language } from "@convenantbot/domain";

const months: Record<Language, readonly string[]> = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/**
 * "2026-03-01" -> "1 maart 2026" / "1 March 2026". Convenant terms are calendar dates, so a
 * date-only value is never shifted through a time zone; anything unparseable is shown as is
 * (a card must never fail on display).
 */
export function formatDate(value: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const month = months[lang][Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : value;
}

// Built once: making an Intl.DateTimeFormat costs far more than formatting with it.
const dutchTime = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * A date or a timestamp for display. Timestamps (history entries, createdOn) are shown in
 * Dutch time: every convenant is Dutch and a server's UTC clock would confuse caseworkers.
 */
export function formatDateTime(value: string, lang: Language): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = dutchTime.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${formatDate(`${part("year")}-${part("month")}-${part("day")}`, lang)} ${part("hour")}:${part("minute")}`;
}
