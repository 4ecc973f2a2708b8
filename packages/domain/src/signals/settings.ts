/**
 * Per-rulebook settings of the signals capability, as data so a region can correct them.
 * Everything the seeds do not state is marked ASSUMED here.
 */
export interface SignalSettings {
  /** Working days a receiving party has to acknowledge (bevestigen) a signal. */
  acknowledgementWorkingDays: number;
  /**
   * Local minimum for a Wgs vroegsignaal; the law sets none (design.md). null: no minimum.
   * Both set: both must be met.
   */
  vroegsignaleringMinimum: { monthsInArrears: number | null; amountInArrears: number | null };
  /** GV: landlords report rent debts to convenant partners beyond HOV tenants (seed 000: an open question). */
  landlordRentDebtsBeyondHov: boolean;
  assumptions: readonly string[];
}

const ACK_ASSUMED =
  "ASSUMED: bevestigen binnen 3 werkdagen; de bron noemt geen termijn (KW: 'zie termijn in werkafspraken', bijlagen niet in de bron). / Acknowledge within 3 working days; the seed states no term.";
const MINIMUM_ASSUMED =
  "ASSUMED: geen lokaal minimum voor vroegsignalering (maanden of bedrag); de wet stelt er geen. / No local minimum for vroegsignalering; the law sets none.";

const defaults: SignalSettings = {
  acknowledgementWorkingDays: 3,
  vroegsignaleringMinimum: { monthsInArrears: null, amountInArrears: null },
  landlordRentDebtsBeyondHov: false,
  assumptions: [ACK_ASSUMED, MINIMUM_ASSUMED],
};

export const signalSettingsTable: Readonly<Record<string, SignalSettings>> = {
  "kw-huisuitzetting-2019": defaults,
  "lv-zorgafhankelijk-2025": defaults,
  "lv-noodwoning-2025": defaults,
  "mh-uitstroom-2019": defaults,
  "gv-hov-2025": {
    ...defaults,
    assumptions: [
      ...defaults.assumptions,
      "ASSUMED: verhuurders melden huurschulden buiten HOV niet aan convenantpartners (instelling uit); bron 000 laat dit open. / Landlords do not report rent debts beyond HOV (setting off); seed 000 leaves it open.",
    ],
  },
  "gv-urgentie-2019": defaults,
};

/** Settings of a rulebook; an unknown id gets the defaults (the routing/registry reject unknown ids). */
export function signalSettings(rulebookId: string, overrides?: Partial<SignalSettings>): SignalSettings {
  return { ...(signalSettingsTable[rulebookId] ?? defaults), ...overrides };
}
