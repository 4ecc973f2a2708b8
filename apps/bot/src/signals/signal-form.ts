import { z } from "zod";
import {
  casePartyRoles,
  implausibleArrears,
  parseDutchNumber,
  routingRulesFor,
  t,
  type FieldIssue,
  type Language,
  type Localized,
  type Party,
  type Rulebook,
  type SignalType,
} from "@convenantbot/domain";
import type { SignalFormField } from "@convenantbot/cards";
import { formatAmount, signalValueLabels } from "./signal-labels.js";

/** The types a caseworker can start from Teams; the API takes every type. */
const FORM_TYPES: { value: SignalType; label: Localized }[] = [
  { value: "huurachterstand", label: t("Huurachterstand", "Rent arrears") },
  { value: "overlast", label: t("Overlast", "Nuisance") },
  // KW's "altijd melden" triggers (seed 001, Verplichtingen 1); routing offers them to KW landlords only.
  { value: "afspraken_niet_nagekomen", label: t("Afspraken niet nagekomen", "Agreements not kept") },
  { value: "geen_contact_huurder", label: t("Geen contact met de huurder", "No contact with the tenant") },
  { value: "ontruimingsvonnis", label: t("Ontruimingsvonnis", "Eviction judgment") },
];

/** The ways a landlord tries to reach a tenant, one toggle each (Adaptive Cards have no reliable multi-select in Teams mobile). */
const CONTACT_TOGGLES = {
  triedTelefoon: "telefoon",
  triedBrief: "brief",
  triedEmail: "email",
  triedHuisbezoek: "huisbezoek",
} as const;

const choicesOf = (path: string) =>
  Object.entries(signalValueLabels[path] ?? {}).map(([value, label]) => ({
    value,
    label: t(capitalise(label.nl), capitalise(label.en)),
  }));
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const CASE_FIELD_LABELS: Readonly<Record<string, Localized>> = {
  supportPartyId: t("Begeleider/casemanager van de huurder", "The tenant's support worker/case manager"),
  landlordPartyId: t("Verhuurder van de huurder", "The tenant's landlord"),
  regiehouderPartyId: t("Regiehouder", "Case lead"),
  gemeentePartyId: t("Gemeente van de huurder", "The tenant's gemeente"),
};

/** Every label of the form, by input id: errors name what the caseworker sees, never a path. */
export const signalFormLabels: Readonly<Record<string, Localized>> = {
  aanmeldingId: t("Kenmerk aanmelding (als die er is)", "Aanmelding reference (if any)"),
  ownReference: t("Je eigen dossiernummer (optioneel)", "Your own dossier number (optional)"),
  tenantName: t("Naam huurder", "Tenant name"),
  postcode: t("Postcode", "Postcode"),
  huisnummer: t("Huisnummer", "House number"),
  ...CASE_FIELD_LABELS,
  monthsInArrears: t("Maanden achterstand", "Months in arrears"),
  amountInArrears: t("Bedrag achterstand (euro)", "Amount in arrears (euro)"),
  since: t("Achterstand sinds (als je dat weet)", "In arrears since (if known)"),
  remindersSent: t("Aantal aanmaningen verstuurd (als je dat weet)", "Reminders sent (if known)"),
  paymentArrangement: t("Er is een betalingsregeling", "There is a payment arrangement"),
  courtStage: t("Gerechtelijke fase", "Court stage"),
  evictionDate: t("Ontruimingsdatum (bij een vastgestelde datum)", "Eviction date (when set)"),
  kind: t("Soort overlast", "Kind of nuisance"),
  severity: t("Ernst", "Severity"),
  overlastSince: t("Overlast sinds (als je dat weet)", "Nuisance since (if known)"),
  reportsCount: t("Aantal meldingen (als je dat weet)", "Number of reports (if known)"),
  policeInvolved: t("Politie is betrokken", "Police are involved"),
  note: t("Toelichting (optioneel)", "Note (optional)"),
  amountConfirmed: t("Het bedrag klopt", "The amount is right"),
  vonnisDate: t("Datum van het vonnis", "Date of the judgment"),
  ontruimingsdatum: t("Ontruimingsdatum (als die bekend is)", "Eviction date (if known)"),
  ground: t("Grond van het vonnis", "Ground of the judgment"),
  agreement: t("Welke afspraak is niet nagekomen?", "Which agreement was not kept?"),
  brokenOn: t("Wanneer bleek dat?", "When did that show?"),
  triedTelefoon: t("Gebeld", "Phoned"),
  triedBrief: t("Brief gestuurd", "Sent a letter"),
  triedEmail: t("E-mail gestuurd", "Sent an email"),
  triedHuisbezoek: t("Huisbezoek afgelegd", "Visited the home"),
  lastAttemptOn: t("Laatste poging tot contact", "Last attempt at contact"),
  triedBy: t("Hoe je contact hebt geprobeerd", "How you tried to make contact"),
};

const field = (id: string, kind: SignalFormField["kind"], extra: Partial<SignalFormField> = {}): SignalFormField => ({
  id,
  label: signalFormLabels[id]!,
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

/** The Teams form for one type: the tenant, the parties routing needs, that type's fields, a note. */
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
  const typeFields = typeFormFields(type);
  const note = field("note", "text", {
    multiline: true,
    placeholder: t(
      "Geen zorginhoud of justitiële gegevens: de ontvanger leest dit.",
      "No care or justice details: the recipient reads this.",
    ),
  });
  return [...tenant, ...caseFields(rulebook, sender, type), ...typeFields, note];
}

/** The fields of the chosen type only (issue 15 item 5). */
function typeFormFields(type: SignalType): SignalFormField[] {
  switch (type) {
    case "afspraken_niet_nagekomen":
      return [
        field("agreement", "choice", { required: true, choices: choicesOf("agreement") }),
        field("brokenOn", "date", { required: true }),
      ];
    case "geen_contact_huurder":
      return [
        ...Object.keys(CONTACT_TOGGLES).map((id) => field(id, "toggle")),
        field("lastAttemptOn", "date", { required: true }),
      ];
    case "ontruimingsvonnis":
      return [
        field("vonnisDate", "date", { required: true }),
        field("ontruimingsdatum", "date"),
        field("ground", "choice", { choices: choicesOf("ground") }),
      ];
    case "huurachterstand":
      return [
        field("monthsInArrears", "number", { required: true }),
        field("amountInArrears", "text", { required: true, placeholder: t("bijv. 1.450,50", "e.g. 1450.50") }),
        field("since", "date"),
        field("remindersSent", "number"),
        field("paymentArrangement", "toggle"),
        field("courtStage", "choice", { required: true, choices: choicesOf("courtStage") }),
        field("evictionDate", "date"),
      ];
    default:
      return [
        field("kind", "choice", { required: true, choices: choicesOf("kind") }),
        field("severity", "choice", { required: true, choices: choicesOf("severity") }),
        field("overlastSince", "date"),
        field("reportsCount", "number"),
        field("policeInvolved", "toggle"),
      ];
  }
}

// Card values arrive as strings (Web Chat and Teams alike); empty means "not filled in".
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const text = z.preprocess((v) => (blank(v) ? undefined : v), z.string().trim().optional());
const bool = z.preprocess((v) => v === true || v === "true", z.boolean());

const FormSchema = z.object({
  type: z.enum([
    "huurachterstand",
    "overlast",
    "afspraken_niet_nagekomen",
    "geen_contact_huurder",
    "ontruimingsvonnis",
  ]),
  aanmeldingId: text,
  ownReference: text,
  tenantName: text,
  postcode: text,
  huisnummer: text,
  supportPartyId: text,
  landlordPartyId: text,
  regiehouderPartyId: text,
  gemeentePartyId: text,
  since: text,
  overlastSince: text,
  paymentArrangement: bool,
  courtStage: text,
  evictionDate: text,
  kind: text,
  severity: text,
  policeInvolved: bool,
  note: text,
  amountConfirmed: bool,
  vonnisDate: text,
  ontruimingsdatum: text,
  ground: text,
  agreement: text,
  brokenOn: text,
  lastAttemptOn: text,
  triedTelefoon: bool,
  triedBrief: bool,
  triedEmail: bool,
  triedHuisbezoek: bool,
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
  if (!form.success)
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
  let body: Record<string, unknown>;
  if (f.type === "huurachterstand") {
    const monthsInArrears = num("monthsInArrears");
    const amountInArrears = num("amountInArrears", true);
    body = {
      ...envelope,
      type: f.type,
      ...opt("monthsInArrears", monthsInArrears),
      ...opt("amountInArrears", amountInArrears),
      ...opt("since", f.since),
      ...opt("remindersSent", num("remindersSent")),
      paymentArrangement: f.paymentArrangement,
      ...opt("courtStage", f.courtStage),
      ...opt("evictionDate", f.evictionDate),
    };
    if (issues.length === 0 && !f.amountConfirmed) {
      const why = implausibleArrears({ monthsInArrears, amountInArrears });
      if (why && amountInArrears !== undefined) {
        return {
          ok: false,
          confirm: t(
            `Klopt ${formatAmount(amountInArrears, "nl")} voor ${monthsInArrears} maanden? Dat is ${why.nl}. Pas het bedrag aan, of vink 'Het bedrag klopt' aan en verstuur opnieuw.`,
            `Is ${formatAmount(amountInArrears, "en")} for ${monthsInArrears} months right? That is ${why.en}. Correct the amount, or tick 'The amount is right' and send again.`,
          ),
        };
      }
    }
  } else if (f.type === "afspraken_niet_nagekomen") {
    body = { ...envelope, type: f.type, ...opt("agreement", f.agreement), ...opt("brokenOn", f.brokenOn) };
  } else if (f.type === "geen_contact_huurder") {
    const triedBy = Object.entries(CONTACT_TOGGLES)
      .filter(([id]) => f[id as keyof typeof CONTACT_TOGGLES])
      .map(([, way]) => way);
    if (triedBy.length === 0)
      issues.push({
        field: "triedTelefoon",
        message_nl: "vink aan hoe je contact hebt geprobeerd",
        message_en: "tick how you tried to make contact",
      });
    body = { ...envelope, type: f.type, triedBy, ...opt("lastAttemptOn", f.lastAttemptOn) };
  } else if (f.type === "ontruimingsvonnis") {
    body = {
      ...envelope,
      type: f.type,
      ...opt("vonnisDate", f.vonnisDate),
      ...opt("ontruimingsdatum", f.ontruimingsdatum),
      ...opt("ground", f.ground),
    };
  } else {
    body = {
      ...envelope,
      type: f.type,
      ...opt("kind", f.kind),
      ...opt("since", f.overlastSince),
      ...opt("severity", f.severity),
      ...opt("reportsCount", num("reportsCount")),
      policeInvolved: f.policeInvolved,
    };
  }
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

/** The form's label for a field path of the signal or the form ("since" of overlast is overlastSince). */
export function formLabel(path: string, type: string | undefined, lang: Language): string | undefined {
  const id = FORM_ID_BY_PATH[path] ?? (path === "since" && type === "overlast" ? "overlastSince" : path);
  return signalFormLabels[id]?.[lang];
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
