import { t, type Language, type Localized } from "@convenantbot/domain";
import { formatDate } from "@convenantbot/cards";

/** Dutch and English labels of the signal fields a person may see on a card. */
export const signalFieldLabels: Readonly<Record<string, Localized>> = {
  "tenant.name": t("Huurder", "Tenant"),
  "tenant.postcode": t("Postcode", "Postcode"),
  "tenant.huisnummer": t("Huisnummer", "House number"),
  "tenant.huisnummertoevoeging": t("Toevoeging", "Addition"),
  "tenant.bsn": t("BSN", "Citizen service number"),
  "tenant.phone": t("Telefoon", "Phone"),
  "tenant.email": t("E-mail", "Email"),
  "tenant.aanmeldingId": t("Aanmelding", "Intake"),
  signalDate: t("Signaaldatum", "Signal date"),
  monthsInArrears: t("Maanden achterstand", "Months in arrears"),
  amountInArrears: t("Bedrag achterstand", "Amount in arrears"),
  since: t("Sinds", "Since"),
  remindersSent: t("Aanmaningen verstuurd", "Reminders sent"),
  paymentArrangement: t("Betalingsregeling", "Payment arrangement"),
  courtStage: t("Gerechtelijke fase", "Court stage"),
  evictionDate: t("Ontruimingsdatum", "Eviction date"),
  kind: t("Soort overlast", "Kind of nuisance"),
  severity: t("Ernst", "Severity"),
  reportsCount: t("Aantal meldingen", "Number of reports"),
  policeInvolved: t("Politie betrokken", "Police involved"),
  note: t("Toelichting", "Note"),
  careNotes: t("Zorginhoud", "Care notes"),
  justiceHistory: t("Justitiële voorgeschiedenis", "Justice history"),
  endDate: t("Einddatum begeleiding", "End of support"),
  reasonCategory: t("Reden (soort)", "Reason (kind)"),
  refusedSince: t("Weigert sinds", "Refusing since"),
  vonnisDate: t("Datum vonnis", "Date of the judgment"),
  ontruimingsdatum: t("Ontruimingsdatum", "Eviction date"),
  ground: t("Grond van het vonnis", "Ground of the judgment"),
  agreement: t("Afspraak niet nagekomen", "Agreement not kept"),
  brokenOn: t("Niet nagekomen op", "Not kept on"),
  triedBy: t("Contact geprobeerd via", "Contact tried by"),
  lastAttemptOn: t("Laatste poging", "Last attempt"),
  woonbegeleidingsovereenkomstAllowsNotice: t(
    "Woonbegeleidingsovereenkomst staat melden toe",
    "Support agreement allows notice",
  ),
  "vroegsignalering.personalContactTried": t("Persoonlijk contact gezocht", "Personal contact tried"),
  "vroegsignalering.pointedToSchuldhulp": t("Gewezen op schuldhulp", "Pointed to debt help"),
  "vroegsignalering.writtenReminderOfferedDataSharing": t(
    "Schriftelijk aangeboden gegevens te delen",
    "Offered in writing to share data",
  ),
  "vroegsignalering.tenantObjected": t("Huurder maakte bezwaar", "Tenant objected"),
  "vroegsignalering.warmeOverdracht": t("Warme overdracht", "Warm hand-over"),
};

/** The words for coded values, per field: a Dutch card says "geen", never "none". */
export const signalValueLabels: Readonly<Record<string, Readonly<Record<string, Localized>>>> = {
  courtStage: {
    none: t("geen", "none"),
    dagvaarding: t("dagvaarding", "summons"),
    vonnis: t("vonnis", "judgment"),
    ontruimingsdatum: t("ontruimingsdatum bekend", "eviction date set"),
  },
  kind: {
    geluid: t("geluid", "noise"),
    vervuiling: t("vervuiling", "pollution"),
    stank: t("stank", "smell"),
    agressie_intimidatie: t("agressie/intimidatie", "aggression/intimidation"),
    drugsoverlast: t("drugsoverlast", "drug nuisance"),
    huisdieren: t("huisdieren", "pets"),
    overig: t("overig", "other"),
  },
  severity: { licht: t("licht", "light"), matig: t("matig", "moderate"), ernstig: t("ernstig", "severe") },
  reasonCategory: {
    op_verzoek_huurder: t("op verzoek van de huurder", "at the tenant's request"),
    zorgorganisatie_gestopt: t("de zorgorganisatie is gestopt", "the care organisation stopped"),
    indicatie_beeindigd: t("indicatie beëindigd", "care indication ended"),
    geen_contact: t("geen contact met de huurder", "no contact with the tenant"),
    verhuisd: t("de huurder is verhuisd", "the tenant moved"),
    overig: t("overig", "other"),
  },
  ground: {
    huurachterstand: t("huurachterstand", "rent arrears"),
    overlast: t("overlast", "nuisance"),
    overig: t("overig", "other"),
  },
  agreement: {
    lopende_huur: t("de lopende huur betalen", "paying the current rent"),
    betalingsregeling: t("de betalingsregeling", "the payment arrangement"),
    hulpverleningstraject: t("meewerken aan het hulpverleningstraject", "cooperating with the support programme"),
    overig: t("een andere afspraak", "another agreement"),
  },
  triedBy: {
    telefoon: t("telefoon", "phone"),
    brief: t("brief", "letter"),
    email: t("e-mail", "email"),
    huisbezoek: t("huisbezoek", "home visit"),
  },
};

/** Fields holding euros. */
const amountFields = new Set(["amountInArrears"]);

export function labelOf(path: string): Localized {
  return signalFieldLabels[path] ?? t(path, path);
}

// Built once: an Intl formatter costs far more to make than to use (it showed in the delivery profile).
const euros: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }),
  en: new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }),
};
const numbers: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat("nl-NL"),
  en: new Intl.NumberFormat("en-GB"),
};

/** "1450.5" → "€ 1.450,50" (nl) / "€1,450.50" (en). */
export function formatAmount(value: number, lang: Language): string {
  return euros[lang === "nl" ? "nl" : "en"].format(value);
}

/** A field's value as the reader reads it: dates, euros, yes/no and coded values in their language. */
export function formatSignalValue(path: string, value: unknown, lang: Language): string {
  if (typeof value === "boolean") return value ? (lang === "nl" ? "ja" : "yes") : lang === "nl" ? "nee" : "no";
  if (typeof value === "number")
    return amountFields.has(path) ? formatAmount(value, lang) : numbers[lang === "nl" ? "nl" : "en"].format(value);
  if (Array.isArray(value)) return value.map((v) => formatSignalValue(path, v, lang)).join(", ");
  const text = String(value);
  const coded = signalValueLabels[path]?.[text];
  if (coded) return coded[lang];
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, lang);
  return text;
}
