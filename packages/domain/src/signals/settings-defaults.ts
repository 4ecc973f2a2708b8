import type { SignalSettings } from "./settings.js";

const ACK_ASSUMED =
  "ASSUMED: bevestigen binnen 3 werkdagen; de bron noemt geen termijn (KW: 'zie termijn in werkafspraken', bijlagen niet in de bron). / Acknowledge within 3 working days; the seed states no term.";
const NEARLY_DUE_ASSUMED =
  "ASSUMED: 'bijna verlopen' is de laatste werkdag vóór de uiterste bevestigingsdatum (1 werkdag ervoor); de bron noemt geen herinnering. / 'Nearly due' is the last working day before the acknowledgement due date; the seed names no reminder.";
const MINIMUM_ASSUMED =
  "ASSUMED: geen lokaal minimum voor vroegsignalering (maanden of bedrag); de wet stelt er geen. / No local minimum for vroegsignalering; the law sets none.";

/** A rulebook's signal settings where its seed states none (each marked ASSUMED). */
export const defaultSignalSettings: SignalSettings = {
  acknowledgementWorkingDays: 3,
  acknowledgementNearlyDueWorkingDays: 1,
  vroegsignaleringMinimum: { monthsInArrears: null, amountInArrears: null },
  landlordRentDebtsBeyondHov: false,
  assumptions: [ACK_ASSUMED, NEARLY_DUE_ASSUMED, MINIMUM_ASSUMED],
};
