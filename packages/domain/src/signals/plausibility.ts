import { t, type Localized } from "../common/localized.js";

/**
 * ASSUMED (no seed sets bounds): a month of social rent lies between EUR 50 and EUR 1,500
 * (the liberalisatiegrens is about EUR 900; service costs on top). Outside that, per month
 * of arrears, the amount is more likely a typing slip ("1450,50" read as 145050) than a
 * fact, so the form asks the sender to confirm before anything is sent.
 */
export const ARREARS_PER_MONTH = { min: 50, max: 1_500 } as const;

export interface ArrearsFigures {
  monthsInArrears?: number | undefined;
  amountInArrears?: number | undefined;
}

/** Why the figures look wrong, or undefined when they are plausible (or not both given). */
export function implausibleArrears({
  monthsInArrears: months,
  amountInArrears: amount,
}: ArrearsFigures): Localized | undefined {
  if (amount === undefined || months === undefined) return undefined;
  if (months === 0) {
    return amount > ARREARS_PER_MONTH.max
      ? t("een bedrag zonder maanden achterstand", "an amount without months in arrears")
      : undefined;
  }
  const perMonth = amount / months;
  if (perMonth > ARREARS_PER_MONTH.max)
    return t(
      `meer dan € ${ARREARS_PER_MONTH.max.toLocaleString("nl-NL")} per maand achterstand`,
      `more than EUR ${ARREARS_PER_MONTH.max.toLocaleString("en-GB")} per month in arrears`,
    );
  if (perMonth < ARREARS_PER_MONTH.min)
    return t(
      `minder dan € ${ARREARS_PER_MONTH.min} per maand achterstand`,
      `less than EUR ${ARREARS_PER_MONTH.min} per month in arrears`,
    );
  return undefined;
}
