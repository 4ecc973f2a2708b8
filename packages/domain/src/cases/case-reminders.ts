import { dateText } from "../common/date-text.js";
import { addDays, type IsoDate } from "../common/iso-date.js";
import { t, type Localized } from "../common/localized.js";
import type { DeadlineDefinition } from "../deadlines/deadline.js";
import { isWorkingDay } from "../signals/working-days.js";
import { finalCaseStatuses, type CaseRole } from "./case-lifecycle-table.js";
import { caseRolesOf, deriveCaseState, type CaseHistoryEntry, type CaseParticipant } from "./case-lifecycle.js";
import { caseTerms, type CaseTerm } from "./case-terms.js";

/**
 * When the bot reminds and escalates. ASSUMED: the seeds set no reminder moments; issue 14
 * names "10 and 2 working days before" as the example, and escalation the first Dutch day after
 * the due date (the same moment a signal escalates). A region may change these numbers.
 */
export const caseReminderSettings = {
  reminderWorkingDaysBefore: [10, 2] as readonly number[],
  assumed:
    "ASSUMED: herinnering 10 en 2 werkdagen vóór de termijn, escalatie naar de coördinator de dag na de termijn (issue 14; de bronnen noemen geen herinneringen).",
};

const defaultOwners: readonly CaseRole[] = ["verhuurder", "meldpunt", "beoordelaar"];

/** The n-th Dutch working day before `date` (the date itself never counts). */
export function workingDaysBefore(date: IsoDate, workingDays: number): IsoDate {
  let day = date;
  let left = workingDays;
  while (left > 0) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

export interface CaseReminder {
  /** Idempotency key: the same reminder is written into the history once, whatever the sweeps. */
  key: string;
  action: "herinnering" | "escalatie";
  /** The party that must act; an escalation goes to its coordinator, a reminder to its owner. */
  partyId: string;
  role: CaseRole;
  to: "owner" | "coordinator";
  termCode: string;
  article: string;
  due: IsoDate;
  /** Reminders only: how many working days before the due date this one is. */
  workingDaysBefore?: number;
  /** The term's title and kind, so a message can be worded in the recipient's language. */
  termTitle: Localized;
  termKind: CaseTerm["kind"];
  text: Localized;
}

export interface CaseReminderInput {
  definitions: readonly DeadlineDefinition[];
  history: readonly CaseHistoryEntry[];
  senderPartyId: string;
  participants: readonly CaseParticipant[];
  /** The Dutch calendar day (dutchToday of the app's one clock). */
  today: IsoDate;
  kenmerk?: string;
  settings?: { reminderWorkingDaysBefore?: readonly number[] };
}

function termKey(term: CaseTerm): string {
  return `${term.code}@${term.startsOn}`;
}

function reminderText(term: CaseTerm, days: number, kenmerk: string): Localized {
  return t(
    `Herinnering ${kenmerk}: nog ${days} werkdag${days === 1 ? "" : "en"} tot ${dateText(term.due, "nl")} — ${term.article}: ${term.title.nl}.`,
    `Reminder ${kenmerk}: ${days} working day${days === 1 ? "" : "s"} left until ${dateText(term.due, "en")} — ${term.article}: ${term.title.en}.`,
  );
}

function escalationText(term: CaseTerm, kenmerk: string): Localized {
  const target = term.kind === "target";
  return t(
    `Escalatie ${kenmerk}: ${target ? "de streefdatum" : "de termijn"} ${dateText(term.due, "nl")} is voorbij zonder dat de stap is vastgelegd — ${term.article}: ${term.title.nl}. Je krijgt dit als coördinator van je partij.`,
    `Escalation ${kenmerk}: the ${target ? "target date" : "term"} ${dateText(term.due, "en")} has passed without the step being recorded — ${term.article}: ${term.title.en}. You get this as your party's coordinator.`,
  );
}

/**
 * The reminders and escalations due on `today` that the history does not hold yet (pure: the
 * sweep writes each once, keyed). A running term of a case that is not closed gets, per owning
 * party, the most urgent reminder whose moment has come (a sweep that missed T-10 sends T-2, not
 * both), and one escalation once the due date has passed. A term that was met, an "at least"
 * term and a closed case get nothing.
 */
export function dueCaseReminders(input: CaseReminderInput): CaseReminder[] {
  const state = deriveCaseState(input.history);
  if (finalCaseStatuses.includes(state.status)) return [];
  const done = new Set(input.history.map((e) => e.actionKey).filter((k): k is string => k !== undefined));
  const offsets = [
    ...(input.settings?.reminderWorkingDaysBefore ?? caseReminderSettings.reminderWorkingDaysBefore),
  ].sort((a, b) => b - a);
  const kenmerk = input.kenmerk ?? "";
  const parties = [...new Set(input.participants.filter((p) => p.stage <= state.stage).map((p) => p.partyId))];
  const out: CaseReminder[] = [];
  // Whose term it is: the deadline definition says (its `owners`, with the seed's words or ASSUMED).
  const ownersOf = new Map(input.definitions.flatMap((d) => (d.owners ? [[d.code, d.owners.roles] as const] : [])));
  for (const term of caseTerms(input.definitions, state, input.today)) {
    if (term.metOn !== undefined || term.kind === "at_least") continue;
    const owners = ownersOf.get(term.code) ?? defaultOwners;
    for (const partyId of parties) {
      const role = caseRolesOf(partyId, input.senderPartyId, input.participants, state.stage).find((r) =>
        owners.includes(r),
      );
      if (!role) continue;
      const base = {
        partyId,
        role,
        termCode: term.code,
        article: term.article,
        due: term.due,
        termTitle: term.title,
        termKind: term.kind,
      };
      if (input.today > term.due) {
        const key = `escalatie:${termKey(term)}:${partyId}`;
        if (!done.has(key))
          out.push({ ...base, key, action: "escalatie", to: "coordinator", text: escalationText(term, kenmerk) });
        continue;
      }
      // The most urgent reminder whose day has come; the earlier ones are then no longer news.
      const days = offsets.filter((n) => workingDaysBefore(term.due, n) <= input.today).at(-1);
      if (days === undefined) continue;
      const key = `herinnering:${termKey(term)}:${days}:${partyId}`;
      if (!done.has(key))
        out.push({
          ...base,
          key,
          action: "herinnering",
          to: "owner",
          workingDaysBefore: days,
          text: reminderText(term, days, kenmerk),
        });
    }
  }
  return out;
}

/**
 * The history line of a reminder: written by the bot, for the party concerned, status unchanged.
 * `at` is the sweep's moment; the action key makes a second sweep write nothing.
 */
export function caseReminderEntry(
  reminder: CaseReminder,
  history: readonly CaseHistoryEntry[],
  at: string,
): CaseHistoryEntry {
  const status = deriveCaseState(history).status;
  return {
    seq: history.length,
    action: reminder.action,
    at,
    actorPartyId: reminder.partyId,
    actorRole: reminder.role,
    from: status,
    to: status,
    actionKey: reminder.key,
    details: {
      system: true,
      to: reminder.to,
      termCode: reminder.termCode,
      article: reminder.article,
      due: reminder.due,
      ...(reminder.workingDaysBefore !== undefined ? { workingDaysBefore: reminder.workingDaysBefore } : {}),
      text_nl: reminder.text.nl,
      text_en: reminder.text.en,
    },
  };
}
