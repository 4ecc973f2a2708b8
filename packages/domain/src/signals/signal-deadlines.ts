import { dateText } from "../common/date-text.js";
import { addDays, type IsoDate } from "../common/iso-date.js";
import { t, type Localized } from "../common/localized.js";
import { dutchDateOf } from "./dutch-date.js";
import { awaitingAcknowledgement } from "./lifecycle-table.js";
import type { SignalState } from "./lifecycle.js";
import { signalSettings, type SignalSettings } from "./settings.js";
import type { Signal } from "./signal.js";
import { signalTypeModule } from "./signal-type-modules.js";
import { addWorkingDays, subtractWorkingDays } from "./working-days.js";

/** Wgs art. 4: first conversation offered within 4 weeks, within 3 working days when eviction is imminent. */
export const wgsFirstContactTerm = {
  calendarDays: 28,
  imminentWorkingDays: 3,
  article: "Wgs art. 4",
} as const;

/** Acknowledgement due: the n-th Dutch working day after receipt (n per rulebook, ASSUMED 3). */
export function acknowledgementDue(
  rulebookId: string,
  receivedOn: IsoDate,
  settings?: Partial<SignalSettings>,
): IsoDate {
  return addWorkingDays(receivedOn, signalSettings(rulebookId, settings).acknowledgementWorkingDays);
}

/**
 * Eviction is imminent once a court has ruled (each type's module says when: courtStage
 * vonnis/ontruimingsdatum, or an ontruimingsvonnis signal); a type without the hook never.
 */
export function isEvictionImminent(signal: Signal): boolean {
  return signalTypeModule(signal.type).evictionImminent?.(signal) ?? false;
}

/** The gemeente's first-contact term for a vroegsignaal received on a day (Wgs art. 4). */
export function firstContactDue(receivedOn: IsoDate, evictionImminent: boolean): IsoDate {
  return evictionImminent
    ? addWorkingDays(receivedOn, wgsFirstContactTerm.imminentWorkingDays)
    : addDays(receivedOn, wgsFirstContactTerm.calendarDays);
}

export interface SignalDeadline {
  code: "SIGNAAL.BEVESTIGEN" | "WGS.EERSTE_CONTACT";
  article: string;
  title: Localized;
  due: IsoDate;
  met: boolean;
}

/** The deadlines running for a signal's current owner. */
export function signalDeadlines(state: SignalState, settings?: Partial<SignalSettings>): SignalDeadline[] {
  const out: SignalDeadline[] = [
    {
      code: "SIGNAAL.BEVESTIGEN",
      article: "ASSUMED: standaardtermijn Convenantbot (settings.acknowledgementWorkingDays)",
      title: t("Ontvangst bevestigen", "Acknowledge receipt"),
      due: acknowledgementDue(state.rulebook, dutchDateOf(state.receivedAt), settings),
      met: state.acknowledgedAt !== undefined || !awaitingAcknowledgement.includes(state.status),
    },
  ];
  if (state.channel === "vroegsignalering") {
    out.push({
      code: "WGS.EERSTE_CONTACT",
      article: wgsFirstContactTerm.article,
      title: t("Eerste gesprek aanbieden (vroegsignalering)", "Offer a first conversation (early warning)"),
      due: firstContactDue(dutchDateOf(state.firstReceivedAt), state.evictionImminent),
      // ASSUMED: oppakken is when the gemeente takes up contact; the card asks for it then.
      met: state.takenAt !== undefined || state.status === "afgesloten",
    });
  }
  return out;
}

export function overdueDeadlines(
  state: SignalState,
  today: IsoDate,
  settings?: Partial<SignalSettings>,
): SignalDeadline[] {
  return signalDeadlines(state, settings).filter((d) => !d.met && today > d.due);
}

/**
 * The owner's acknowledgement term when it nearly lapses: from the day the settings name
 * (acknowledgementNearlyDueWorkingDays before the due date) up to the due date itself, while
 * the signal waits for its acknowledgement; null otherwise. `key` names this owner's term, so a
 * reminder is sent once per ownership (a forward starts a new term with a new key).
 */
export function nearlyDueAcknowledgement(
  state: SignalState,
  today: IsoDate,
  settings?: Partial<SignalSettings>,
): (SignalDeadline & { from: IsoDate; key: string }) | null {
  const term = signalDeadlines(state, settings).find((d) => d.code === "SIGNAAL.BEVESTIGEN");
  if (!term || term.met || today > term.due) return null;
  const before = signalSettings(state.rulebook, settings).acknowledgementNearlyDueWorkingDays;
  const from = subtractWorkingDays(term.due, before);
  if (today < from) return null;
  return { ...term, from, key: `${term.code}:${state.ownerPartyId}:${state.receivedAt}` };
}

/** Named so, not isOverdue: the deadlines module already exports isOverdue(deadline, today). */
export function isSignalOverdue(state: SignalState, today: IsoDate, settings?: Partial<SignalSettings>): boolean {
  return overdueDeadlines(state, today, settings).length > 0;
}

export interface EscalationTarget {
  partyId: string;
  /** Escalate to the owning party's coordinator (the member flag lives in the store's member directory). */
  marker: "coordinator";
  overdue: SignalDeadline[];
  reason: Localized;
}

/** Where an overdue signal escalates: the coordinator of the party that owns it; null when nothing is overdue. */
export function escalationTarget(
  state: SignalState,
  today: IsoDate,
  settings?: Partial<SignalSettings>,
): EscalationTarget | null {
  const overdue = overdueDeadlines(state, today, settings);
  if (overdue.length === 0) return null;
  const list = overdue.map((d) => `${d.title.nl} (uiterlijk ${dateText(d.due, "nl")})`).join(", ");
  const listEn = overdue.map((d) => `${d.title.en} (due ${dateText(d.due, "en")})`).join(", ");
  return {
    partyId: state.ownerPartyId,
    marker: "coordinator",
    overdue,
    reason: t(`Termijn verstreken: ${list}.`, `Term passed: ${listEn}.`),
  };
}
