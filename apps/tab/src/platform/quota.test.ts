import { describe, expect, it } from "vitest";
import type { Monitoring, QuotaDashboard } from "@convenantbot/contract";
import { landlordYearRows, periodTotals, quotaState } from "./quota";

const dashboard: QuotaDashboard = {
  rulebook: "lv-zorgafhankelijk-2025",
  title: { nl: "LV", en: "LV" },
  years: [2025, 2026],
  demand: [
    { year: 2025, registered: 3, offered: 1 },
    { year: 2026, registered: 2, offered: 2 },
  ],
  landlords: [
    {
      partyId: "lv-stichting-duivenvoorde",
      name: "Stichting Duivenvoorde",
      perYear: [
        { year: 2026, offered: 1, accepted: 1, quota: 1 },
        { year: 2025, offered: 0, accepted: 0, quota: 1 },
      ],
    },
    { partyId: "lv-vidomes", name: "Vidomes", perYear: [{ year: 2026, offered: 1, accepted: 0, quota: null }] },
  ],
  quota: { code: "LV.9", article: "art. 9", source: "Prestatieafspraken" },
  noodwoningen: null,
  assumptions: [],
};

describe("quota per landlord (LV art. 9)", () => {
  it("compares offers with the agreed number; no agreement is unknown, not a shortfall", () => {
    expect(quotaState(0, 1)).toBe("below");
    expect(quotaState(1, 1)).toBe("met");
    expect(quotaState(2, 1)).toBe("above");
    expect(quotaState(5, null)).toBe("unknown");
  });

  it("lists every landlord for every year, newest year first, zero where nothing was offered", () => {
    const rows = landlordYearRows(dashboard);
    expect(rows.map((r) => [r.year, r.name, r.offered, r.state])).toEqual([
      [2026, "Stichting Duivenvoorde", 1, "met"],
      [2026, "Vidomes", 1, "unknown"],
      [2025, "Stichting Duivenvoorde", 0, "below"],
      [2025, "Vidomes", 0, "unknown"],
    ]);
  });
});

describe("monitoring totals", () => {
  it("sums evictions prevented and executed per half year over gemeenten and landlords", () => {
    const counts = {
      huurachterstand: 0,
      overlast: 0,
      einde_begeleiding: 0,
      weigering_begeleiding: 0,
      ontruimingsvonnis: 0,
      afspraken_niet_nagekomen: 0,
      geen_contact_huurder: 0,
    };
    const row = (period: string, prevented: number, executed: number) => ({
      period,
      gemeente: "Krimpenerwaard",
      landlord: null,
      signals: counts,
      ontruimingsvonnissen: 1,
      evictionsPrevented: prevented,
      evictionsExecuted: executed,
      aanmeldingen: 0,
      offers: 0,
      offersWithinTerm: 0,
    });
    const monitoring: Monitoring = {
      rulebook: "kw",
      title: { nl: "KW", en: "KW" },
      periods: ["2026-H2", "2026-H1"],
      rows: [row("2026-H1", 1, 0), row("2026-H1", 2, 1), row("2026-H2", 0, 1)],
    };
    expect(periodTotals(monitoring)).toEqual([
      { period: "2026-H1", prevented: 3, executed: 1, vonnissen: 2 },
      { period: "2026-H2", prevented: 0, executed: 1, vonnissen: 1 },
    ]);
  });
});
