/** A record a link asked the tab to open: `?open=signal:<id>` on the web, the subPageId in Teams. */
export interface OpenRecord {
  kind: "signal" | "case";
  id: string;
}

const PATTERN = /^(signal|case):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The bot's deep links (apps/bot/src/bot/deep-link.ts) carry `signal:<uuid>` or `case:<uuid>`; anything else opens nothing. */
export function openRecordFrom(search: string, subPageId?: string): OpenRecord | undefined {
  const value = subPageId || new URLSearchParams(search).get("open") || "";
  const match = PATTERN.exec(value.trim());
  return match ? { kind: match[1]!.toLowerCase() as OpenRecord["kind"], id: match[2]!.toLowerCase() } : undefined;
}
