import { t } from "../../common/localized.js";
import type { IsoDate } from "../../common/iso-date.js";
import type { Localized } from "../../common/localized.js";

/** A way to carry the risk of an HOV tenancy that the party choice must know (seed 000). */
export interface SupportOption {
  id: string;
  title: Localized;
  description: Localized;
  /** The party in gv-parties that offers or administers it. */
  partyId: string;
  source: string;
  /** Date the option was approved, where the seed gives one. */
  approvedOn?: IsoDate;
}

export const hovSupportOptions: readonly SupportOption[] = [
  {
    id: "intermediaire-verhuur",
    title: t("Intermediaire verhuur door een zorgaanbieder", "Intermediate letting by a care provider"),
    description: t(
      "Een zorgaanbieder huurt de woning en verhuurt haar aan de cliënt (intermediaire verhuur); over de (extra) kosten daarvan hebben de partijen regionaal afspraken gemaakt, die in uitvoering zijn.",
      "A care provider rents the home and lets it to the client (intermediate letting); the parties made regional agreements on its (extra) costs, which are in force.",
    ),
    partyId: "gv-zorgaanbieders",
    source: "000_d628490ca6f6bba0.txt, Beknopte toelichting",
  },
  {
    id: "risicofonds",
    title: t("Regionaal Risicofonds", "Regional risk fund (Risicofonds)"),
    description: t(
      "Het regionale Risicofonds is uitgewerkt en financieel bekrachtigd door het Algemeen Bestuur op 26 juni 2024. Wat het dekt en hoe het wordt aangevraagd staat niet in de bron: vraag het team HMD van de Regio.",
      "The regional Risicofonds was worked out and financially approved by the Algemeen Bestuur on 26 June 2024. What it covers and how to apply is not in the seed: ask the Regio's HMD team.",
    ),
    partyId: "gv-team-hmd",
    source: "000_d628490ca6f6bba0.txt, Beknopte toelichting",
    approvedOn: "2024-06-26",
  },
];
