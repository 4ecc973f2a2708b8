import { z } from "zod";
import type { Language } from "./localized.js";

/**
 * An amount in euros, cents allowed (a rent arrear). A signal field of this schema is asked
 * as an amount (Dutch "1.450,50" read as Dutch) and shown with the euro sign.
 */
export const EuroAmountSchema = z.number().min(0).max(1_000_000);

// Built once: an Intl formatter costs far more to make than to use (it showed in the delivery profile).
const euros: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }),
  en: new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }),
};

/** "1450.5" → "€ 1.450,50" (nl) / "€1,450.50" (en). */
export function formatEuros(value: number, lang: Language): string {
  return euros[lang === "nl" ? "nl" : "en"].format(value);
}
