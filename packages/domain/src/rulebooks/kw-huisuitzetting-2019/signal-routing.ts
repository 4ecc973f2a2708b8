import { t } from "../../common/localized.js";
import type { ModuleRoutingRule } from "../rulebook-module.js";

/** Who sends which signal to whom under KW (seed 001, "Verplichtingen van partijen"). */
export const kwSignalRouting: readonly ModuleRoutingRule[] = [
  {
    id: "KW.MELDING",
    assumed:
      "ASSUMED: de regiehouder van de zaak ontvangt ook (na overdracht volgt die de zaak); de werkafspraken (bijlagen 2-8) staan niet in de bron.",
    channel: "convenant",
    senders: { roles: ["sociale_verhuurder"] },
    types: ["huurachterstand", "overlast", "ontruimingsvonnis", "afspraken_niet_nagekomen", "geen_contact_huurder"],
    to: [
      {
        kind: "party",
        match: { roles: ["meldpunt"] },
        reason: t(
          "De woningcorporatie meldt altijd bij het Meldpunt Zorg en Overlast als de huurder afspraken niet nakomt, onbereikbaar is of bij een ontruimingsvonnis.",
          "The housing corporation always reports to the Meldpunt Zorg en Overlast when the tenant breaks agreements, cannot be reached, or on an eviction judgment.",
        ),
      },
      {
        kind: "case",
        field: "regiehouderPartyId",
        optional: true,
        reason: t(
          "De zaak is overgedragen aan deze regiehouder; die volgt de zaak na het Meldpunt.",
          "The case was handed over to this regiehouder, who follows it after the Meldpunt.",
        ),
      },
    ],
    article: "KW, Verplichtingen van partijen 1 (Woningcorporatie) en 2 (Meldpunt)",
  },
  {
    id: "KW.OVERLAST.OOV",
    channel: "convenant",
    senders: { roles: ["sociale_verhuurder"] },
    types: ["overlast"],
    to: [
      {
        kind: "gemeente",
        reason: t(
          "Bij overlast handelt Openbare Orde en Veiligheid van de gemeente conform de Wet aanpak woonoverlast.",
          "With nuisance, the gemeente's Public Order and Safety acts under the Wet aanpak woonoverlast.",
        ),
      },
    ],
    article: "KW, Verplichtingen van partijen 3 (Gemeente: Openbare Orde en Veiligheid)",
  },
  {
    id: "KW.MELDPUNT.OVERDRACHT",
    assumed: "ASSUMED: de overdracht aan de regiehouder loopt als doorsturen van het signaal.",
    channel: "convenant",
    senders: { roles: ["meldpunt"] },
    types: ["huurachterstand", "overlast", "ontruimingsvonnis", "afspraken_niet_nagekomen", "geen_contact_huurder"],
    to: [
      {
        kind: "case",
        field: "regiehouderPartyId",
        optional: true,
        reason: t(
          "Het Meldpunt coördineert tot de overdracht aan de nieuwe regiehouder.",
          "The Meldpunt coordinates until the handover to the new regiehouder.",
        ),
      },
    ],
    article: "KW, Verplichtingen van partijen 2 (Meldpunt: coördinatie tot overdracht)",
  },
  {
    id: "KW.MELDPUNT.SCHULDDIENSTVERLENING",
    assumed:
      "ASSUMED: de toeleiding naar Schulddienstverlening loopt via het Meldpunt; de bron noemt geen directe melding van de corporatie aan de gemeente.",
    channel: "convenant",
    senders: { roles: ["meldpunt"] },
    types: ["huurachterstand", "ontruimingsvonnis"],
    to: [
      {
        kind: "gemeente",
        reason: t(
          "Bij financiële problemen leidt het Meldpunt toe naar Schulddienstverlening van de gemeente (inkomsten, uitgaven, inkomensbeheer).",
          "With financial problems, the Meldpunt leads to the gemeente's Schulddienstverlening (income, expenses, income management).",
        ),
      },
    ],
    article: "KW, Verplichtingen van partijen 2 (toeleiding) en 3 (Schulddienstverlening)",
  },
];
