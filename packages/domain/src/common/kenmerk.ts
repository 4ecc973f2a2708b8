/**
 * Short human handles ("HA-2026-0012"): a prefix of two to four capitals, the year and a
 * running number per prefix and year. Caseworkers read them out on the phone and type them
 * back; a UUID they can do neither with. Allocation (the running number) is the store's job.
 */
const KENMERK = /^([a-z]{2,4})-?(\d{4})-?(\d{1,6})$/i;

export function formatKenmerk(prefix: string, year: number, sequence: number): string {
  return `${prefix.toUpperCase()}-${year}-${String(sequence).padStart(4, "0")}`;
}

/** "ha-2026-12", "HA20260012" and " HA-2026-0012 " are all HA-2026-0012; anything else is undefined. */
export function parseKenmerk(text: string): string | undefined {
  const match = KENMERK.exec(text.trim());
  if (!match) return undefined;
  return formatKenmerk(match[1]!, Number(match[2]), Number(match[3]));
}
