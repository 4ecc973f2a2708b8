import { z } from "zod";
import {
  casePartyRoles,
  parseDutchNumber,
  routingRulesFor,
  SignalTypeSchema,
  signalTypeFormFields,
  signalTypeModule,
  signalTypeTitle,
  t,
  teamsFormSignalTypes,
  type FieldIssue,
  type Language,
  type Localized,
  type Party,
  type Rulebook,
  type SignalType,
} from "@convenantbot/domain";
import { signalTypeFormInputs, type SignalFormField } from "@convenantbot/cards";

/** The types a caseworker can start from Teams, from their modules; the API takes every type. */
const FORM_TYPES: { value: SignalType; label: Localized }[] = teamsFormSignalTypes.map((type) => ({
  value: type,
  label: signalTypeTitle(type),
}));

const CASE_FIELD_LABELS: Readonly<Record<string, Localized>> = {
  supportPartyId: t("Begeleider/casemanager van de huurder", "The tenant's support worker/case manager"),
  landlordPartyId: t("Verhuurder van de huurder", "The tenant's landlord"),
  regiehouderPartyId: t("Regiehouder", "Case lead"),
  gemeentePartyId: t("Gemeente van de huurder", "The tenant's gemeente"),
};

/** The labels of the form's common part, by input id (each type's own fields come from its module). */
const COMMON_FIELD_LABELS: Readonly<Record<string, Localized>> = {
  aanmeldingId: t("Kenmerk aanmelding (als die er is)", "Aanmelding reference (if any)"),
  ownReference: t("Je eigen dossiernummer (optioneel)", "Your own dossier number (optional)"),
  tenantName: t("Naam huurder", "Tenant name"),
  postcode: t("Postcode", "Postcode"),
  huisnummer: t("Huisnummer", "House number"),
  ...CASE_FIELD_LABELS,
  note: t("Toelichting (optioneel)", "Note (optional)"),
  amountConfirmed: t("Het bedrag klopt", "The amount is right"),
};

/**
 * Every label of the form, by input id: errors name what the caseworker sees, never a path.
 * The types' fields first by their own path too (a checklist's `triedBy` besides its toggles).
 */
export const signalFormLabels: Readonly<Record<string, Localized>> = {
  ...Object.fromEntries(
    teamsFormSignalTypes
      .flatMap((type) => [
        ...signalTypeFormFields(type).map((f) => [f.id, f.label] as const),
        ...signalTypeFormInputs(type).map((f) => [f.id, f.label] as const),
      ])
      .reverse(),
  ),
  ...COMMON_FIELD_LABELS,
};

const field = (id: string, kind: SignalFormField["kind"], extra: Partial<SignalFormField> = {}): SignalFormField => ({
  id,
  label: COMMON_FIELD_LABELS[id]!,
  kind,
  ...extra,
});

/** The types this sender may send under this rulebook (routing has a row for them). */
export function signalFormTypes(rulebook: Rulebook, sender: Party): { value: string; label: Localized }[] {
  return FORM_TYPES.filter((type) => routingRulesFor(rulebook.id, "convenant", sender, type.value).length > 0);
}

/**
 * The parties the case must name for routing this type from this sender, as choices: under
 * LV art. 8.2 a landlord's signal goes straight to the tenant's begeleider, so without one
 * it cannot go anywhere; the field is then required and says why.
 */
function caseFields(rulebook: Rulebook, sender: Party, type: SignalType): SignalFormField[] {
  const fields = new Map<string, SignalFormField>();
  for (const rule of routingRulesFor(rulebook.id, "convenant", sender, type)) {
    for (const to of rule.to) {
      const id = to.kind === "case" ? to.field : to.kind === "gemeente" ? "gemeentePartyId" : undefined;
      if (!id || fields.has(id)) continue;
      const roles = to.kind === "case" ? casePartyRoles[to.field] : (["gemeente"] as const);
      const parties = rulebook.parties.filter(
        (p) => (roles as readonly string[]).includes(p.role) && p.id !== sender.id,
      );
      if (to.kind === "gemeente" && parties.length <= 1) continue; // the only gemeente: nothing to ask
      const required = to.kind === "gemeente" || to.optional !== true;
      const why = required
        ? t(
            `Nodig om het signaal te kunnen versturen: ${lowerFirst(to.reason.nl)} (${rule.article})`,
            `Needed to send the signal: ${lowerFirst(to.reason.en)} (${rule.article})`,
          )
        : to.reason;
      fields.set(
        id,
        field(id, "choice", {
          required,
          hint: why,
          choices: parties.map((p) => ({ value: p.id, label: t(p.name, p.name) })),
        }),
      );
    }
  }
  return [...fields.values()];
}
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The Teams form for one type: the tenant, the parties routing needs, that type's fields, a note where the type takes one. */
export function signalFormFields(rulebook: Rulebook, sender: Party, type: SignalType): SignalFormField[] {
  const tenant = [
    field("aanmeldingId", "text"),
    // Not a signal field: the sending organisation's own reference, kept beside the signal and
    // never sent to a recipient (privacy data: ownReferencePolicy).
    field("ownReference", "text", {
      placeholder: t("bijv. HV/2026-77", "e.g. HV/2026-77"),
      hint: t(
        "Alleen jouw partij ziet het; zo vind je het signaal terug: 'signaal <nummer>'.",
        "Only your party sees it; to find the signal back: 'signal <number>'.",
      ),
    }),
    field("tenantName", "text", { required: true }),
    field("postcode", "text", { required: true, placeholder: t("bijv. 2266 AB", "e.g. 2266 AB") }),
    field("huisnummer", "text", { required: true, placeholder: t("bijv. 12 of 12a", "e.g. 12 or 12a") }),
  ];
  const typeFields = signalTypeFormInputs(type);
  const note = field("note", "text", {
    multiline: true,
    placeholder: t(
      "Geen zorginhoud of justitiële gegevens: de ontvanger leest dit.",
      "No care or justice details: the recipient reads this.",
    ),
  });
  // A note only where the type's schema has one: einde_begeleiding and weigering_begeleiding carry
  // no free text on purpose (LV art. 8 lid 1: "zonder behandel- of inhoudelijke informatie"), and a
  // note the schema does not know would be refused after the caseworker typed it.
  const takesNote = "note" in signalTypeModule(type).fields;
  return [...tenant, ...caseFields(rulebook, sender, type), ...typeFields, ...(takesNote ? [note] : [])];
}

// Card values arrive as strings (Web Chat and Teams alike); empty means "not filled in".
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const text = z.preprocess((v) => (blank(v) ? undefined : v), z.string().trim().optional());
const bool = z.preprocess((v) => v === true || v === "true", z.boolean());

/** The form's common part; each type's own fields are read by their derived kind (typeFieldsFromForm). */
const FormSchema = z.object({
  type: z.enum(teamsFormSignalTypes as readonly SignalType[] as [SignalType, ...SignalType[]]),
  aanmeldingId: text,
  ownReference: text,
  tenantName: text,
  postcode: text,
  huisnummer: text,
  supportPartyId: text,
  landlordPartyId: text,
  regiehouderPartyId: text,
  gemeentePartyId: text,
  note: text,
  amountConfirmed: bool,
});

export type FormOutcome =
  | { ok: true; body: Record<string, unknown> }
  /** Something to fix: each issue names the field as the form labels it. */
  | { ok: false; issues: FieldIssue[] }
  /** Plausible typing slip: ask before sending (`amountConfirmed`). */
  | { ok: false; confirm: Localized };

const numberIssue = (id: string, amount: boolean): FieldIssue => ({
  field: id,
  message_nl: amount ? "vul een bedrag in, bijvoorbeeld 1.450,50" : "vul een getal in",
  message_en: amount ? "enter an amount, for example 1450.50" : "enter a number",
});

/**
 * Turns the submitted form into a signal body for the SignalService (the domain validates
 * the rest and names any wrong field). Dutch numbers ("1.450,50") are read as Dutch; a
 * field left empty stays absent, never a made-up "today" or "0".
 */
export function signalBodyFromForm(data: Record<string, unknown>, rulebookId: string, today: string): FormOutcome {
  const form = FormSchema.safeParse(data);
  const typed = form.success ? z.object(typeInputShape(form.data.type)).safeParse(data) : undefined;
  if (!form.success || !typed?.success)
    return {
      ok: false,
      issues: [{ field: "type", message_nl: "kies de soort signaal", message_en: "choose the signal type" }],
    };
  const f = form.data;
  const issues: FieldIssue[] = [];
  const num = (id: string, amount = false): number | undefined => {
    const raw = data[id];
    if (blank(raw)) return undefined;
    const parsed = parseDutchNumber(typeof raw === "number" ? raw : String(raw));
    if (!parsed.ok) issues.push(numberIssue(id, amount));
    return parsed.ok ? parsed.value : undefined;
  };
  const opt = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });
  const huisnummer = f.huisnummer?.match(/^(\d+)\s*-?\s*([a-z0-9]{1,4})?$/i);
  if (f.huisnummer && !huisnummer)
    issues.push({
      field: "huisnummer",
      message_nl: "vul een huisnummer in, bijvoorbeeld 12 of 12a",
      message_en: "enter a house number, for example 12 or 12a",
    });
  const tenant = {
    ...opt("aanmeldingId", f.aanmeldingId),
    ...opt("name", f.tenantName),
    ...opt("postcode", f.postcode?.replace(/\s+/g, "").toUpperCase()),
    ...opt("huisnummer", huisnummer ? Number(huisnummer[1]) : undefined),
    ...opt("huisnummertoevoeging", huisnummer?.[2]),
  };
  const envelope = { rulebook: rulebookId, signalDate: today, tenant, ...opt("note", f.note) };
  const fields = typeFieldsFromForm(f.type, typed.data, issues, num);
  if (issues.length === 0 && !f.amountConfirmed) {
    // A plausible typing slip (an arrears amount per month): asked before anything is sent.
    const confirm = signalTypeModule(f.type).confirm?.(fields);
    if (confirm) return { ok: false, confirm };
  }
  const body: Record<string, unknown> = { ...envelope, type: f.type, ...fields };
  if (issues.length > 0) return { ok: false, issues };
  const caseContext = {
    ...opt("supportPartyId", f.supportPartyId),
    ...opt("landlordPartyId", f.landlordPartyId),
    ...opt("regiehouderPartyId", f.regiehouderPartyId),
    ...opt("gemeentePartyId", f.gemeentePartyId),
  };
  // The sender's own dossier number travels beside the signal (the service checks and keeps it).
  return {
    ok: true,
    body: {
      ...body,
      ...(Object.keys(caseContext).length > 0 ? { caseContext } : {}),
      ...opt("ownReference", f.ownReference),
    },
  };
}

/** The chosen type's inputs as the card sends them: text, or a toggle's "true"/"false" (numbers are read as Dutch). */
function typeInputShape(type: SignalType): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of signalTypeFormFields(type)) {
    if (field.kind === "amount" || field.kind === "count") continue;
    if (field.kind === "flag") shape[field.id] = bool;
    else if (field.kind === "checklist") for (const o of field.options ?? []) shape[o.id!] = bool;
    else shape[field.id] = text;
  }
  return shape;
}

/**
 * The chosen type's fields from the form, each read as its kind says (from the type's module):
 * Dutch numbers as Dutch, an empty field absent, a toggle true or false, a checklist as the
 * values ticked (at least one when the schema wants one, asked on its first toggle).
 */
function typeFieldsFromForm(
  type: SignalType,
  inputs: Record<string, unknown>,
  issues: FieldIssue[],
  num: (id: string, amount?: boolean) => number | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of signalTypeFormFields(type)) {
    let value: unknown;
    if (field.kind === "amount" || field.kind === "count") value = num(field.id, field.kind === "amount");
    else if (field.kind === "checklist") {
      const options = field.options ?? [];
      value = options.filter((o) => inputs[o.id!] === true).map((o) => o.value);
      if (field.required && (value as unknown[]).length === 0)
        issues.push({
          field: options[0]?.id ?? field.id,
          message_nl: `vink aan ${lowerFirst(field.label.nl)}`,
          message_en: `tick ${lowerFirst(field.label.en)}`,
        });
    } else value = inputs[field.id];
    if (value !== undefined) out[field.path] = value;
  }
  return out;
}

/** Form input ids by the signal's field path, so a domain issue names what the form shows. */
const FORM_ID_BY_PATH: Readonly<Record<string, string>> = {
  "tenant.name": "tenantName",
  "tenant.postcode": "postcode",
  "tenant.huisnummer": "huisnummer",
  "tenant.huisnummertoevoeging": "huisnummer",
  "tenant.aanmeldingId": "aanmeldingId",
  "caseContext.supportPartyId": "supportPartyId",
  "caseContext.landlordPartyId": "landlordPartyId",
  "caseContext.regiehouderPartyId": "regiehouderPartyId",
  "caseContext.gemeentePartyId": "gemeentePartyId",
};

/**
 * The form's label for a field path of the signal or an input id of the form, the chosen
 * type's own first ("since" of overlast is asked as overlastSince: "Overlast sinds").
 */
export function formLabel(path: string, type: string | undefined, lang: Language): string | undefined {
  const common = FORM_ID_BY_PATH[path];
  if (common) return signalFormLabels[common]?.[lang];
  const chosen = SignalTypeSchema.safeParse(type);
  const own = chosen.success
    ? (signalTypeFormFields(chosen.data).find((f) => f.path === path || f.id === path)?.label ??
      signalTypeFormInputs(chosen.data).find((f) => f.id === path)?.label)
    : undefined;
  return (own ?? signalFormLabels[path])?.[lang];
}

/**
 * What to tell the caseworker about issues with their form: each as "label: what is wrong",
 * in plain words (issue 15: never `caseContext.supportPartyId`).
 */
export function describeIssues(issues: readonly FieldIssue[], type: string | undefined, lang: Language): string {
  const lines = issues.map((issue) => {
    const label = formLabel(issue.field, type, lang);
    const raw = lang === "nl" ? issue.message_nl : issue.message_en;
    const message = /^(Veld|Field) '/.test(raw)
      ? lang === "nl"
        ? "vul dit in"
        : "please fill this in"
      : lowerFirst(raw.replace(/\.$/, ""));
    return label
      ? `${label.replace(/ \((als je dat weet|if known|optioneel|optional|als die er is|if any)\)$/, "")}: ${message}`
      : message;
  });
  return [...new Set(lines)].join("\n");
}
