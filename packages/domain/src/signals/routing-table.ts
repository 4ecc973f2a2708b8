import { t, type Localized } from "../common/localized.js";
import type { PartyRole } from "../parties/party.js";
import type { CasePartyField } from "./case-context.js";
import type { SignalChannel, SignalType } from "./signal-type.js";
import { rulebookModules } from "../rulebooks/modules.js";
import { joinRows } from "../rulebooks/rulebook-module.js";

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

export type RoutingRequirement =
  "woonbegeleidingsovereenkomstAllowsNotice" | "zorgcontract" | "setting:landlordRentDebtsBeyondHov";

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

/** Statutory channels that exist in every region, whatever the convenant. */
const statutoryRouting: readonly RoutingRule[] = [
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

/**
 * Who may send which type to whom (domain.md section 5). One row per permission; a sender
 * whose role has no row for a type is refused (not_allowed). Rows are evaluated together and
 * their recipients merged, so a type can have a base route plus extras (KW overlast -> OOV).
 * The rows come from the rulebook folders (`signals.routing` of each module) plus the statutory
 * channels above.
 */
export const routingTable: readonly RoutingRule[] = [
  ...joinRows(rulebookModules, (m) => m.signals.routing),
  ...statutoryRouting,
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
