import { t, type Localized } from "@convenantbot/domain";

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
  amountInArrears: t("Bedrag achterstand (EUR)", "Amount in arrears (EUR)"),
  since: t("Sinds", "Since"),
  remindersSent: t("Aanmaningen verstuurd", "Reminders sent"),
  paymentArrangement: t("Betalingsregeling", "Payment arrangement"),
  courtStage: t("Gerechtelijke fase", "Court stage"),
  evictionDate: t("Ontruimingsdatum", "Eviction date"),
  kind: t("Soort overlast", "Kind of nuisance"),
  severity: t("Ernst", "Severity"),
  reportsCount: t("Aantal meldingen", "Number of reports"),
  policeInvolved: t("Politie betrokken", "Police involved"),
  careNotes: t("Zorginhoud", "Care notes"),
  justiceHistory: t("Justitiële voorgeschiedenis", "Justice history"),
};

export function labelOf(path: string): Localized {
  return signalFieldLabels[path] ?? t(path, path);
}
