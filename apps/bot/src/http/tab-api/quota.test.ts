import { findRulebookVersions } from "@convenantbot/domain";
import { describe, expect, it } from "vitest";
import { quotaDashboard } from "./quota.js";

const lv = findRulebookVersions("lv-zorgafhankelijk-2025").at(-1)!;
const nood = findRulebookVersions("lv-noodwoning-2025").at(-1)!;
const names: Record<string, string> = {
  "lv-vidomes": "Vidomes",
  "lv-wooninvest": "WoonInvest",
  "lv-stichting-duivenvoorde": "Stichting Duivenvoorde",
};
const partyName = (id: string) => names[id] ?? id;

describe("platform dashboard: demand against offers and the LV.9 quota", () => {
  const dashboard = quotaDashboard({
    rulebook: lv,
    currentYear: 2026,
    partyName,
    aanmeldingen: [
      { createdAt: "2025-03-01T10:00:00.000Z", status: "geplaatst" },
      { createdAt: "2026-02-01T10:00:00.000Z", status: "ingediend" },
      { createdAt: "2026-02-02T10:00:00.000Z", status: "ingediend" },
      { createdAt: "2026-02-03T10:00:00.000Z", status: "concept" },
    ],
    offers: [
      { landlordPartyId: "lv-stichting-duivenvoorde", offeredOn: "2025-05-01", response: "geaccepteerd" },
      { landlordPartyId: "lv-vidomes", offeredOn: "2026-04-01", response: null },
    ],
  });

  it("counts registered demand (not drafts) and offers per year", () => {
    expect(dashboard.demand).toEqual([
      { year: 2025, registered: 1, offered: 1 },
      { year: 2026, registered: 2, offered: 1 },
    ]);
  });

  it("gives each LV landlord its agreed number: Duivenvoorde 1 a year, the others not recorded (null)", () => {
    const duivenvoorde = dashboard.landlords.find((l) => l.partyId === "lv-stichting-duivenvoorde")!;
    expect(duivenvoorde.perYear).toEqual([
      { year: 2025, offered: 1, accepted: 1, quota: 1 },
      { year: 2026, offered: 0, accepted: 0, quota: 1 },
    ]);
    expect(dashboard.landlords.find((l) => l.partyId === "lv-vidomes")!.perYear[1]).toEqual({
      year: 2026,
      offered: 1,
      accepted: 0,
      quota: null,
    });
    expect(dashboard.quota?.code).toBe("LV.9");
    // Dutch text says AANNAME, the English ASSUMED (issue 12).
    expect(dashboard.assumptions[0]?.text_nl).toMatch(/^AANNAME/);
    expect(dashboard.assumptions[0]?.text_en).toMatch(/^ASSUMED/);
    expect(dashboard.noodwoningen).toBeNull();
  });

  it("shows noodwoningen used against two a year for the noodwoning rulebook", () => {
    const result = quotaDashboard({
      rulebook: nood,
      currentYear: 2026,
      partyName,
      aanmeldingen: [1, 2, 3].map((d) => ({ createdAt: `2026-0${d}-01T10:00:00.000Z`, status: "ingediend" })),
      offers: [
        { landlordPartyId: "lv-vidomes", offeredOn: "2026-03-01", response: "geaccepteerd" },
        { landlordPartyId: "lv-wooninvest", offeredOn: "2026-04-01", response: "geaccepteerd" },
        { landlordPartyId: "lv-vidomes", offeredOn: "2026-05-01", response: "geaccepteerd" },
        { landlordPartyId: "lv-vidomes", offeredOn: "2026-06-01", response: "geweigerd" },
      ],
    });
    expect(result.noodwoningen).toMatchObject({
      code: "LV.6.4",
      perYear: 2,
      years: [{ year: 2026, used: 3, offered: 4 }],
    });
    expect(result.quota).toBeNull();
  });
});
