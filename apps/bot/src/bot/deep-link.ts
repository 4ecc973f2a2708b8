/** The records a link can open in the tab. */
export type RecordKind = "signal" | "case";

export interface LinkTargets {
  /** The manifest's Teams app id: links become Teams deep links into the static tab. */
  teamsAppId?: string;
  /** The bot's public address, where it serves the tab (`/tab/`). */
  publicUrl?: string;
}

/** The static tab's entityId in appPackage/manifest.json. */
export const STATIC_TAB_ENTITY_ID = "convenantbot-inbox";

/**
 * A link that opens one record in the tab. In Teams: a deep link to the static tab with the
 * record as its subPageId (Teams passes it to the tab's context); else the tab's own address
 * with `?open=`. Without either address there is no link (undefined), never a made-up one.
 */
export function recordDeepLink(kind: RecordKind, id: string, targets: LinkTargets): string | undefined {
  const open = `${kind}:${id}`;
  if (targets.teamsAppId) {
    const context = encodeURIComponent(JSON.stringify({ subEntityId: open }));
    return `https://teams.microsoft.com/l/entity/${targets.teamsAppId}/${STATIC_TAB_ENTITY_ID}?context=${context}`;
  }
  if (targets.publicUrl) return `${targets.publicUrl.replace(/\/+$/, "")}/tab/?open=${encodeURIComponent(open)}`;
  return undefined;
}

const ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** The record a pasted link points at (either form above), or undefined for any other link. */
export function recordOfLink(url: string): { kind: RecordKind; id: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const direct = parsed.searchParams.get("open");
  const fromContext = (() => {
    try {
      const context = JSON.parse(parsed.searchParams.get("context") ?? "null") as { subEntityId?: unknown } | null;
      return typeof context?.subEntityId === "string" ? context.subEntityId : undefined;
    } catch {
      return undefined;
    }
  })();
  const match = new RegExp(`^(signal|case):(${ID})$`, "i").exec(direct ?? fromContext ?? "");
  return match ? { kind: match[1]!.toLowerCase() as RecordKind, id: match[2]!.toLowerCase() } : undefined;
}
