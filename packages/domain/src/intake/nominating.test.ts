import { describe, expect, it } from "vitest";
import { findRulebookVersions } from "../rulebooks/registry.js";
import type { PartyRole } from "../parties/party.js";
import { mayNominate, nominatingRoles, rulebooksToNominateUnder } from "./nominating.js";

const latest = (id: string) => findRulebookVersions(id).at(-1)!;

// Who may start an aanmelding, from each rulebook's own `nominatingRoles` (LV art. 4 lid 1 and
// art. 6 lid 1-4: care organisations, reclassering and the Lokale Kamer; not the landlord, not
// the gemeente as an organisation, art. 10 lid 2). Rulebooks without the parameter set no limit.
const table: { rulebook: string; role: PartyRole; may: boolean }[] = [
  { rulebook: "lv-zorgafhankelijk-2025", role: "zorgorganisatie", may: true },
  { rulebook: "lv-zorgafhankelijk-2025", role: "reclassering", may: true },
  { rulebook: "lv-zorgafhankelijk-2025", role: "lokale_kamer", may: true },
  { rulebook: "lv-zorgafhankelijk-2025", role: "sociale_verhuurder", may: false },
  { rulebook: "lv-zorgafhankelijk-2025", role: "gemeente", may: false },
  { rulebook: "lv-noodwoning-2025", role: "zorgorganisatie", may: true },
  { rulebook: "lv-noodwoning-2025", role: "gemeente", may: false },
  { rulebook: "kw-huisuitzetting-2019", role: "sociale_verhuurder", may: true },
];

describe("who may nominate under a rulebook", () => {
  it.each(table)("$rulebook: $role may nominate: $may", ({ rulebook, role, may }) => {
    expect(mayNominate(latest(rulebook), role)).toBe(may);
  });

  it("reads the parameter through its schema (a typo in the data fails loudly)", () => {
    expect(nominatingRoles(latest("kw-huisuitzetting-2019"))).toBeUndefined();
    const broken = {
      ...latest("lv-zorgafhankelijk-2025"),
      parameters: { nominatingRoles: ["zorgorganisatie", "verhuurdr"] },
    };
    expect(() => nominatingRoles(broken)).toThrow();
  });

  it("offers a caseworker the rulebooks of their own party, limited by role", () => {
    const begeleider = rulebooksToNominateUnder("lv-ribw-fonteynenburg", "zorgorganisatie").map((r) => r.id);
    expect(begeleider).toContain("lv-zorgafhankelijk-2025");
    expect(begeleider).not.toContain("kw-huisuitzetting-2019");
    expect(rulebooksToNominateUnder("lv-vidomes", "sociale_verhuurder").map((r) => r.id)).not.toContain(
      "lv-zorgafhankelijk-2025",
    );
    // A party in no directory yet (a new partner) may choose among all rulebooks its role may use.
    expect(rulebooksToNominateUnder("nieuwe-partner", "sociale_verhuurder").map((r) => r.id)).toContain(
      "kw-huisuitzetting-2019",
    );
  });
});
