import { t, type Localized } from "../common/localized.js";
import type { PartyRole } from "../parties/party.js";
import type { CasePartyField } from "./case-context.js";
import type { SignalChannel, SignalType } from "./signal-type.js";

/** Matches a party of the rulebook's directory by role and/or id fragment. */
export interface PartyMatcher {
  roles?: readonly PartyRole[];
  /** For a party whose role it shares with others that must not match (GV team HMD vs. urgentiebureau). */
  idIncludes?: string;
}

export type RecipientSelector =
  /** Every directory party matching (e.g. KW's only meldpunt). */
  | { kind: "party"; match: PartyMatcher; reason: Localized; optional?: boolean }
  /** The case's gemeente, or the rulebook's only gemeente. */
  | { kind: "gemeente"; reason: Localized }
  /** A party the case names; `optional`: skipped when the case has none. */
  | { kind: "case"; field: CasePartyField; reason: Localized; optional?: boolean };

export type RoutingRequirement = "woonbegeleidingsovereenkomstAllowsNotice" | "zorgcontract" | "setting:landlordRentDebtsBeyondHov";

export interface RoutingRule {
  id: string;
  /** Rulebook ids, or "*" for a statutory channel that exists in every region. */
  rulebooks: readonly string[] | "*";
  channel: SignalChannel;
  senders: PartyMatcher;
  types: readonly SignalType[];
  to: readonly RecipientSelector[];
  requires?: readonly RoutingRequirement[];
  article: string;
  /** Where the row goes beyond the seed's words: starts with ASSUMED, for the region to correct. */
  assumed?: string;
}

const SUPPORT_ROLES: readonly PartyRole[] = ["zorgorganisatie", "reclassering", "lokale_kamer"];
const LV = ["lv-zorgafhankelijk-2025", "lv-noodwoning-2025"];

/**
 * Who may send which type to whom (domain.md section 5). One row per permission; a sender
 * whose role has no row for a type is refused (not_allowed). Rows are evaluated together and
 * their recipients merged, so a type can have a base route plus extras (KW overlast -> OOV).
 */
export const routingTable: readonly RoutingRule[] = [
  {
    id: "KW.MELDING",
    assumed: "ASSUMED: de regiehouder van de zaak ontvangt ook (na overdracht volgt die de zaak); de werkafspraken (bijlagen 2-8) staan niet in de bron.",
    rulebooks: ["kw-huisuitzetting-2019"],
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
    rulebooks: ["kw-huisuitzetting-2019"],
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
    rulebooks: ["kw-huisuitzetting-2019"],
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
    assumed: "ASSUMED: de toeleiding naar Schulddienstverlening loopt via het Meldpunt; de bron noemt geen directe melding van de corporatie aan de gemeente.",
    rulebooks: ["kw-huisuitzetting-2019"],
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
  {
    id: "LV.8.2.VERHUURDER",
    rulebooks: LV,
    channel: "convenant",
    senders: { roles: ["sociale_verhuurder"] },
    types: ["huurachterstand", "overlast"],
    to: [
      {
        kind: "case",
        field: "supportPartyId",
        reason: t(
          "Sociale verhuurders en begeleiders/casemanagers geven signalen van overlast of huurachterstand direct aan elkaar door.",
          "Social landlords and support workers/case managers pass signals of nuisance or rent arrears directly to each other.",
        ),
      },
    ],
    article: "LV art. 8 lid 2",
  },
  {
    id: "LV.8.2.BEGELEIDER",
    rulebooks: LV,
    channel: "convenant",
    senders: { roles: SUPPORT_ROLES },
    types: ["huurachterstand", "overlast"],
    to: [
      {
        kind: "case",
        field: "landlordPartyId",
        reason: t(
          "Begeleiders/casemanagers en sociale verhuurders geven signalen van overlast of huurachterstand direct aan elkaar door.",
          "Support workers/case managers and social landlords pass signals of nuisance or rent arrears directly to each other.",
        ),
      },
    ],
    article: "LV art. 8 lid 2",
  },
  {
    id: "LV.8.1.EINDE_BEGELEIDING",
    assumed: "ASSUMED: ook Reclassering en de Lokale Kamer (casemanager) melden dit; art. 8.1 noemt 'de begeleider'.",
    rulebooks: LV,
    channel: "convenant",
    senders: { roles: SUPPORT_ROLES },
    types: ["einde_begeleiding"],
    requires: ["woonbegeleidingsovereenkomstAllowsNotice"],
    to: [
      {
        kind: "case",
        field: "landlordPartyId",
        reason: t(
          "Bij een voortijdig einde van de begeleiding stelt de begeleider de sociale verhuurder op de hoogte, zonder behandel- of inhoudelijke informatie.",
          "On an early end of support, the support worker informs the social landlord, without treatment or substantive information.",
        ),
      },
    ],
    article: "LV art. 8 lid 1",
  },
  {
    id: "LV.10.5.WEIGERING_BEGELEIDING",
    // No per-case flag: art. 10 lid 5 says every woonbegeleidingsovereenkomst records this duty
    // ("is vastgelegd dat de zorgorganisatie bij weigering ... dit meldt"); only art. 8 lid 1 is conditional.
    assumed: "ASSUMED: ook Reclassering en de Lokale Kamer melden dit; art. 10.5 noemt 'de zorgorganisatie'.",
    rulebooks: LV,
    channel: "convenant",
    senders: { roles: SUPPORT_ROLES },
    types: ["weigering_begeleiding"],
    to: [
      {
        kind: "case",
        field: "landlordPartyId",
        reason: t(
          "De zorgorganisatie meldt een weigering van begeleiding en/of behandeling aan de betrokken sociale verhuurder.",
          "The care organisation reports a refusal of support and/or treatment to the social landlord concerned.",
        ),
      },
    ],
    article: "LV art. 10 lid 5 (en 4 lid 14)",
  },
  {
    id: "GV.HOV.PARTNERS",
    assumed: "ASSUMED: de HOV-convenanttekst staat niet in de bron; signalen gaan tussen de partners van het zorgcontract (verhuurder, zorgaanbieder, team HMD).",
    rulebooks: ["gv-hov-2025"],
    channel: "convenant",
    // Team HMD (gv-team-hmd) shares the role "platform" with the urgentiebureau, so it is matched by id.
    senders: { roles: ["sociale_verhuurder", "zorgorganisatie"], idIncludes: "hmd" },
    types: ["huurachterstand", "overlast"],
    requires: ["zorgcontract"],
    to: [
      {
        kind: "case",
        field: "landlordPartyId",
        optional: true,
        reason: t("Verhuurder van de HOV-huurder (partner in het zorgcontract).", "Landlord of the HOV tenant (partner in the care contract)."),
      },
      {
        kind: "case",
        field: "supportPartyId",
        optional: true,
        reason: t("Zorgaanbieder van de HOV-huurder (partner in het zorgcontract).", "Care provider of the HOV tenant (partner in the care contract)."),
      },
      {
        kind: "party",
        match: { idIncludes: "hmd" },
        optional: true,
        reason: t("Team HMD van de Regio Gooi en Vechtstreek volgt de HOV-afspraken.", "Team HMD of the Gooi en Vechtstreek region follows the HOV agreements."),
      },
    ],
    article: "GV convenant HOV/HMD (bron 000; convenanttekst niet in de bron)",
  },
  {
    id: "GV.HUURSCHULD.BUITEN_HOV",
    assumed: "ASSUMED: bron 000 laat open of verhuurders huurschulden buiten HOV melden; instelling, standaard uit.",
    rulebooks: ["gv-hov-2025"],
    channel: "convenant",
    senders: { roles: ["sociale_verhuurder"] },
    types: ["huurachterstand"],
    requires: ["setting:landlordRentDebtsBeyondHov"],
    to: [
      {
        kind: "case",
        field: "supportPartyId",
        optional: true,
        reason: t("Regionale afspraak: verhuurders melden huurschulden ook buiten HOV aan de betrokken zorgaanbieder.", "Regional agreement: landlords also report rent debts beyond HOV to the care provider involved."),
      },
      {
        kind: "party",
        match: { idIncludes: "hmd" },
        optional: true,
        reason: t("Regionale afspraak: verhuurders melden huurschulden ook buiten HOV aan team HMD.", "Regional agreement: landlords also report rent debts beyond HOV to team HMD."),
      },
    ],
    article: "GV bron 000 (open punt: melden van huurschulden; instelling)",
  },
  {
    id: "WGS.VROEGSIGNALERING",
    rulebooks: "*",
    channel: "vroegsignalering",
    senders: { roles: ["sociale_verhuurder"] },
    types: ["huurachterstand"],
    to: [
      {
        kind: "gemeente",
        reason: t(
          "Wettelijke vroegsignalering: de verhuurder geeft contactgegevens en achterstand door aan de schuldhulpverlening van de gemeente.",
          "Statutory early warning: the landlord passes contact details and arrears to the gemeente's debt counselling.",
        ),
      },
    ],
    article: "Wgs; Besluit gemeentelijke schuldhulpverlening art. 2",
  },
];

/** Why a requirement stops a route, field by field (nl + en). */
export const requirementText: Readonly<Record<RoutingRequirement, { field: string; nl: string; en: string }>> = {
  woonbegeleidingsovereenkomstAllowsNotice: {
    field: "caseContext.woonbegeleidingsovereenkomstAllowsNotice",
    nl: "de woonbegeleidingsovereenkomst legt niet vast dat de verhuurder hierover wordt geïnformeerd (LV art. 8.1, 10.4-10.5)",
    en: "the woonbegeleidingsovereenkomst does not record that the landlord is informed of this (LV art. 8.1, 10.4-10.5)",
  },
  zorgcontract: {
    field: "caseContext.zorgcontract",
    nl: "de huurder huurt niet onder een HOV-zorgcontract; signalen gaan alleen tussen de HOV-partners",
    en: "the tenant does not rent under a HOV care contract; signals go only between the HOV partners",
  },
  "setting:landlordRentDebtsBeyondHov": {
    field: "settings.landlordRentDebtsBeyondHov",
    nl: "het melden van huurschulden buiten HOV staat in deze regio uit (instelling)",
    en: "reporting rent debts beyond HOV is switched off in this region (setting)",
  },
};
