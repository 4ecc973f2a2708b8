/**
 * The kenmerk prefix of a case, per rulebook ("LV" -> "LV-2026-0012"): the regeling is what a
 * caseworker recognises first. The signal prefixes (HA, OV, EB, WB, OT) are different, so a
 * kenmerk says by itself whether it names a signal or a case.
 * ASSUMED: the seeds name no case numbering; these prefixes are ours, a region may change them.
 */
export const caseKenmerkPrefixes: Readonly<Record<string, string>> = {
  "kw-huisuitzetting-2019": "KW",
  "lv-zorgafhankelijk-2025": "LV",
  "lv-noodwoning-2025": "LVN",
  "mh-uitstroom-2019": "MH",
  "gv-hov-2025": "HOV",
  "gv-urgentie-2019": "URG",
};

/** The prefix for a rulebook; a rulebook not in the table uses the letters of its first word. */
export function caseKenmerkPrefix(rulebookId: string): string {
  const known = caseKenmerkPrefixes[rulebookId];
  if (known) return known;
  const letters = (rulebookId.split("-")[0] ?? "")
    .replace(/[^a-z]/gi, "")
    .toUpperCase()
    .slice(0, 4);
  return letters.length >= 2 ? letters : "ZK";
}
