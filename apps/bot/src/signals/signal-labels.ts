import {
  formatEuros,
  signalAmountPaths,
  signalTypeFieldLabels,
  signalTypeValueLabels,
  t,
  type Language,
  type Localized,
} from "@convenantbot/domain";
import { formatDate } from "@convenantbot/cards";

/**
 * Dutch and English labels of the signal fields a person may see on a card: the envelope's
 * here, each type's own from its module.
 */
export const signalFieldLabels: Readonly<Record<string, Localized>> = {
  ...signalTypeFieldLabels,
  "tenant.name": t("Huurder", "Tenant"),
  "tenant.postcode": t("Postcode", "Postcode"),
  "tenant.huisnummer": t("Huisnummer", "House number"),
  "tenant.huisnummertoevoeging": t("Toevoeging", "Addition"),
  "tenant.bsn": t("BSN", "Citizen service number"),
  "tenant.phone": t("Telefoon", "Phone"),
  "tenant.email": t("E-mail", "Email"),
  "tenant.aanmeldingId": t("Aanmelding", "Intake"),
  signalDate: t("Signaaldatum", "Signal date"),
  careNotes: t("Zorginhoud", "Care notes"),
  justiceHistory: t("Justitiële voorgeschiedenis", "Justice history"),
};

/** The words for coded values, per field, from the types' modules: a Dutch card says "geen", never "none". */
export const signalValueLabels: Readonly<Record<string, Readonly<Record<string, Localized>>>> = signalTypeValueLabels;

/** Fields holding euros (an EuroAmountSchema in their type's schema). */
const amountFields = signalAmountPaths;

export function labelOf(path: string): Localized {
  return signalFieldLabels[path] ?? t(path, path);
}

// Built once: an Intl formatter costs far more to make than to use (it showed in the delivery profile).
const numbers: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat("nl-NL"),
  en: new Intl.NumberFormat("en-GB"),
};

/** "1450.5" → "€ 1.450,50" (nl) / "€1,450.50" (en). */
export const formatAmount = (value: number, lang: Language): string => formatEuros(value, lang);

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
