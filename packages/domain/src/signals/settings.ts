import { rulebookModules } from "../rulebooks/modules.js";
import { defaultSignalSettings } from "./settings-defaults.js";

/**
 * Per-rulebook settings of the signals capability, as data so a region can correct them.
 * Everything the seeds do not state is marked ASSUMED here.
 */
export interface SignalSettings {
  /** Working days a receiving party has to acknowledge (bevestigen) a signal. */
  acknowledgementWorkingDays: number;
  /**
   * How many working days before the acknowledgement due date the owner hears that the term
   * nearly lapses (its activity feed): 1 is the last working day before the due date.
   */
  acknowledgementNearlyDueWorkingDays: number;
  /**
   * Local minimum for a Wgs vroegsignaal; the law sets none (design.md). null: no minimum.
   * Both set: both must be met.
   */
  vroegsignaleringMinimum: { monthsInArrears: number | null; amountInArrears: number | null };
  /** GV: landlords report rent debts to convenant partners beyond HOV tenants (seed 000: an open question). */
  landlordRentDebtsBeyondHov: boolean;
  assumptions: readonly string[];
}

/** Each rulebook's settings, from its folder (`signals.settings` of its module). */
export const signalSettingsTable: Readonly<Record<string, SignalSettings>> = Object.fromEntries(
  rulebookModules.map((m) => [m.id, m.signals.settings]),
);

/** Settings of a rulebook; an unknown id gets the defaults (the routing/registry reject unknown ids). */
export function signalSettings(rulebookId: string, overrides?: Partial<SignalSettings>): SignalSettings {
  return { ...(signalSettingsTable[rulebookId] ?? defaultSignalSettings), ...overrides };
}
