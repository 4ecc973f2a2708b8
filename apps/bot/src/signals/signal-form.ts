import { z } from "zod";
import { t, type Localized, type Rulebook } from "@convenantbot/domain";
import type { SignalFormField } from "@convenantbot/cards";

const choice = (value: string, nl: string, en: string) => ({ value, label: t(nl, en) });

/** The Teams form for a new signal: the envelope, the case's support party, and each type's fields. */
export function signalFormFields(rulebook: Rulebook): SignalFormField[] {
  const careParties = rulebook.parties
    .filter((p) => p.role === "zorgorganisatie" || p.role === "reclassering" || p.role === "lokale_kamer")
    .slice(0, 40)
    .map((p) => ({ value: p.id, label: t(p.name, p.name) }));
  return [
    { id: "aanmeldingId", label: t("Aanmelding (kenmerk), indien bekend", "Intake (reference), if known"), kind: "text" },
    { id: "tenantName", label: t("Naam huurder", "Tenant name"), kind: "text", required: true },
    { id: "postcode", label: t("Postcode", "Postcode"), kind: "text", required: true },
    { id: "huisnummer", label: t("Huisnummer", "House number"), kind: "number", required: true },
    ...(careParties.length > 0
      ? [{ id: "supportPartyId", label: t("Begeleider/casemanager van de huurder (indien bekend)", "Tenant's support party (if known)"), kind: "choice" as const, choices: careParties }]
      : []),
    { id: "monthsInArrears", label: t("Huurachterstand: maanden", "Rent arrears: months"), kind: "number" },
    { id: "amountInArrears", label: t("Huurachterstand: bedrag (EUR)", "Rent arrears: amount (EUR)"), kind: "number" },
    { id: "since", label: t("Sinds", "Since"), kind: "date" },
    { id: "remindersSent", label: t("Aanmaningen verstuurd", "Reminders sent"), kind: "number" },
    { id: "paymentArrangement", label: t("Betalingsregeling", "Payment arrangement"), kind: "toggle" },
    {
      id: "courtStage",
      label: t("Gerechtelijke fase", "Court stage"),
      kind: "choice",
      choices: [choice("none", "Geen", "None"), choice("dagvaarding", "Dagvaarding", "Summons"), choice("vonnis", "Vonnis", "Judgment"), choice("ontruimingsdatum", "Ontruimingsdatum bekend", "Eviction date set")],
    },
    {
      id: "kind",
      label: t("Overlast: soort", "Nuisance: kind"),
      kind: "choice",
      choices: [choice("geluid", "Geluid", "Noise"), choice("vervuiling", "Vervuiling", "Pollution"), choice("stank", "Stank", "Smell"), choice("agressie_intimidatie", "Agressie/intimidatie", "Aggression"), choice("drugsoverlast", "Drugsoverlast", "Drugs"), choice("huisdieren", "Huisdieren", "Pets"), choice("overig", "Overig", "Other")],
    },
    { id: "severity", label: t("Overlast: ernst", "Nuisance: severity"), kind: "choice", choices: [choice("licht", "Licht", "Light"), choice("matig", "Matig", "Moderate"), choice("ernstig", "Ernstig", "Severe")] },
    { id: "reportsCount", label: t("Overlast: aantal meldingen", "Nuisance: reports"), kind: "number" },
    { id: "policeInvolved", label: t("Politie betrokken", "Police involved"), kind: "toggle" },
  ];
}

export const signalFormTypes: { value: string; label: Localized }[] = [
  { value: "huurachterstand", label: t("Huurachterstand", "Rent arrears") },
  { value: "overlast", label: t("Overlast", "Nuisance") },
];

// Card values arrive as strings (Web Chat and Teams alike); empty means "not filled in".
const text = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().optional());
const number = z.preprocess((v) => (v === "" || v === undefined ? undefined : Number(String(v).replace(",", "."))), z.number().optional());
const bool = z.preprocess((v) => v === true || v === "true", z.boolean());

const FormSchema = z.object({
  type: z.enum(["huurachterstand", "overlast"]),
  aanmeldingId: text,
  tenantName: text,
  postcode: text,
  huisnummer: number,
  supportPartyId: text,
  monthsInArrears: number,
  amountInArrears: number,
  since: text,
  remindersSent: number,
  paymentArrangement: bool,
  courtStage: text,
  kind: text,
  severity: text,
  reportsCount: number,
  policeInvolved: bool,
});

/**
 * Turns the submitted form into a signal body for the SignalService (the domain validates
 * it and names any wrong field); returns the case context the caseworker chose.
 */
export function signalBodyFromForm(data: Record<string, unknown>, rulebookId: string, today: string) {
  const form = FormSchema.safeParse(data);
  if (!form.success) return { ok: false as const, error: form.error };
  const f = form.data;
  const envelope = {
    rulebook: rulebookId,
    signalDate: today,
    tenant: { ...(f.aanmeldingId ? { aanmeldingId: f.aanmeldingId } : {}), name: f.tenantName, postcode: f.postcode, huisnummer: f.huisnummer },
  };
  const body =
    f.type === "huurachterstand"
      ? { ...envelope, type: f.type, monthsInArrears: f.monthsInArrears, amountInArrears: f.amountInArrears, since: f.since ?? today, remindersSent: f.remindersSent ?? 0, paymentArrangement: f.paymentArrangement, courtStage: f.courtStage ?? "none" }
      : { ...envelope, type: f.type, kind: f.kind, since: f.since ?? today, severity: f.severity, reportsCount: f.reportsCount ?? 1, policeInvolved: f.policeInvolved };
  return { ok: true as const, body: { ...body, ...(f.supportPartyId ? { caseContext: { supportPartyId: f.supportPartyId } } : {}) } };
}
