import type { Monitoring, QuotaDashboard } from "@convenantbot/contract";

export type QuotaState = "below" | "met" | "above" | "unknown";

/** LV.9: offers against the agreed number; no agreement recorded is "unknown", never a failure. */
export function quotaState(offered: number, quota: number | null): QuotaState {
  if (quota === null) return "unknown";
  return offered < quota ? "below" : offered === quota ? "met" : "above";
}

export interface LandlordYearRow {
  year: number;
  partyId: string;
  name: string;
  offered: number;
  accepted: number;
  quota: number | null;
  state: QuotaState;
}

/** The landlord x year table, newest year first, landlords in the dashboard's order. */
export function landlordYearRows(dashboard: QuotaDashboard): LandlordYearRow[] {
  return [...dashboard.years]
    .sort((a, b) => b - a)
    .flatMap((year) =>
      dashboard.landlords.map((l) => {
        const cell = l.perYear.find((p) => p.year === year) ?? { offered: 0, accepted: 0, quota: null };
        return {
          year,
          partyId: l.partyId,
          name: l.name,
          offered: cell.offered,
          accepted: cell.accepted,
          quota: cell.quota,
          state: quotaState(cell.offered, cell.quota),
        };
      }),
    );
}

export interface PeriodTotals {
  period: string;
  prevented: number;
  executed: number;
  vonnissen: number;
}

/** Monitoring summed over gemeenten and landlords, per half year (oldest first, as a chart reads). */
export function periodTotals(monitoring: Monitoring): PeriodTotals[] {
  return [...monitoring.periods].sort().map((period) => {
    const rows = monitoring.rows.filter((r) => r.period === period);
    const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0);
    return {
      period,
      prevented: sum((r) => r.evictionsPrevented),
      executed: sum((r) => r.evictionsExecuted),
      vonnissen: sum((r) => r.ontruimingsvonnissen),
    };
  });
}
