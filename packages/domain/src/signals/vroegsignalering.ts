import { DomainError, type FieldIssue } from "../common/domain-error.js";
import { signalSettings, type SignalSettings } from "./settings.js";
import type { Signal } from "./signal.js";

/**
 * Besluit gemeentelijke schuldhulpverlening art. 2: what a landlord must have done before it
 * passes a tenant's data to the gemeente, as (field, required value, text) rows.
 */
export const vroegsignaleringPreconditions: readonly {
  field: string;
  key: "personalContactTried" | "pointedToSchuldhulp" | "writtenReminderOfferedDataSharing" | "tenantObjected";
  required: boolean;
  nl: string;
  en: string;
}[] = [
  {
    field: "vroegsignalering.personalContactTried",
    key: "personalContactTried",
    required: true,
    nl: "persoonlijk contact met de huurder is geprobeerd",
    en: "personal contact with the tenant was tried",
  },
  {
    field: "vroegsignalering.pointedToSchuldhulp",
    key: "pointedToSchuldhulp",
    required: true,
    nl: "de huurder is gewezen op schuldhulpverlening",
    en: "the tenant was pointed to debt counselling",
  },
  {
    field: "vroegsignalering.writtenReminderOfferedDataSharing",
    key: "writtenReminderOfferedDataSharing",
    required: true,
    nl: "ten minste één schriftelijke herinnering bood aan de gegevens door te geven",
    en: "at least one written reminder offered to pass the data on",
  },
  {
    field: "vroegsignalering.tenantObjected",
    key: "tenantObjected",
    required: false,
    nl: "de huurder heeft geen bezwaar gemaakt tegen het doorgeven (opt-out)",
    en: "the tenant did not object to passing the data on (opt-out)",
  },
];

/** Every unmet precondition (and local minimum) as a field issue; empty when the signal may go. */
export function vroegsignaleringIssues(signal: Signal, settings?: Partial<SignalSettings>): FieldIssue[] {
  if (signal.type !== "huurachterstand")
    return [
      {
        field: "type",
        message_nl: "Vroegsignalering gaat alleen over huurachterstand.",
        message_en: "Vroegsignalering only concerns rent arrears (huurachterstand).",
      },
    ];
  const record = signal.vroegsignalering ?? {};
  const issues: FieldIssue[] = vroegsignaleringPreconditions
    .filter((p) => record[p.key] !== p.required)
    .map((p) => ({
      field: p.field,
      message_nl: `Voorwaarde niet vastgelegd: ${p.nl} (veld ${p.field} moet ${p.required} zijn).`,
      message_en: `Precondition not recorded: ${p.en} (field ${p.field} must be ${p.required}).`,
    }));
  const minimum = signalSettings(signal.rulebook, settings).vroegsignaleringMinimum;
  if (minimum.monthsInArrears !== null && signal.monthsInArrears < minimum.monthsInArrears)
    issues.push({
      field: "monthsInArrears",
      message_nl: `Onder het lokale minimum van ${minimum.monthsInArrears} maanden achterstand.`,
      message_en: `Below the local minimum of ${minimum.monthsInArrears} months in arrears.`,
    });
  if (minimum.amountInArrears !== null && signal.amountInArrears < minimum.amountInArrears)
    issues.push({
      field: "amountInArrears",
      message_nl: `Onder het lokale minimumbedrag van € ${minimum.amountInArrears}.`,
      message_en: `Below the local minimum amount of EUR ${minimum.amountInArrears}.`,
    });
  return issues;
}

/**
 * Refuses a vroegsignaal whose preconditions are not all recorded: DomainError not_allowed
 * listing each missing precondition by field (nl + en). The signal is then not stored.
 */
export function assertVroegsignaleringAllowed(signal: Signal, settings?: Partial<SignalSettings>): void {
  const issues = vroegsignaleringIssues(signal, settings);
  if (issues.length === 0) return;
  throw new DomainError(
    "not_allowed",
    `Vroegsignaal niet doorgegeven (Besluit gemeentelijke schuldhulpverlening art. 2): ${issues.map((i) => i.message_nl).join(" ")}`,
    `Early-warning signal not passed on (Besluit gemeentelijke schuldhulpverlening art. 2): ${issues.map((i) => i.message_en).join(" ")}`,
    issues,
  );
}
