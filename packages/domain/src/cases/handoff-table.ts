import { t, type Localized } from "../common/localized.js";
import type { PartyRole } from "../parties/party.js";
import type { CaseRole } from "./case-lifecycle-table.js";

/** Who receives: named parties, all of a role, the chosen support party, or a pure landlord choice. */
export type HandoffSelector =
  | { kind: "parties"; ids: readonly string[] }
  | { kind: "role"; role: PartyRole }
  /** The support party chosen in the intake, only when its role is one of `roles`. */
  | { kind: "support"; roles: readonly PartyRole[] }
  /** LV art. 6 lid 3-4: every social landlord except the evicting one and Stichting Duivenvoorde. */
  | { kind: "noodwoning_landlords" };

/** A row applies when every condition on the aanmelding's facts holds. */
export interface FactCondition {
  fact: string;
  equals?: string | boolean;
  absent?: boolean;
}

export interface HandoffRule {
  id: string;
  rulebooks: readonly string[];
  when?: readonly FactCondition[];
  to: HandoffSelector;
  caseRole: CaseRole;
  /** Chain position: 1 receives at submit, later stages when the previous one passes it on (doorzetten). */
  stage: number;
  reason: Localized;
  article: string;
  /** Where the seed names no addressee or leaves the choice open: our choice, for the region to correct. */
  assumed?: string;
}

/** What a landlord's copy says about its own duty from the moment of aanmelding (KW). */
export interface LandlordDuty {
  rulebook: string;
  text: Localized;
  article: string;
}

const LV_ZORG = ["lv-zorgafhankelijk-2025"];
const LV_NOOD = ["lv-noodwoning-2025"];
const ALL = ["kw-huisuitzetting-2019", "lv-zorgafhankelijk-2025", "lv-noodwoning-2025", "mh-uitstroom-2019", "gv-hov-2025", "gv-urgentie-2019"];

const FIXED_CONTACTS =
  "ASSUMED: de 'vaste contactpersonen' (LV art. 5 lid 1) zijn de leden van de partij die de bot in een persoonlijke chat bereikt; een lijst contactpersonen per partij staat niet in de bron.";

/** Hand-off routing of a submitted aanmelding, per rulebook, as data with its article. */
export const handoffTable: readonly HandoffRule[] = [
  {
    id: "KW.AANMELDING.MELDPUNT",
    rulebooks: ["kw-huisuitzetting-2019"],
    to: { kind: "role", role: "meldpunt" },
    caseRole: "meldpunt",
    stage: 1,
    reason: t(
      "Het Meldpunt Zorg en Overlast stelt vast of de huurder kwetsbaar is, leidt toe en draagt over aan een regiehouder.",
      "The Meldpunt Zorg en Overlast establishes whether the tenant is vulnerable, arranges support and hands over to a regiehouder.",
    ),
    article: "KW Verplichtingen van partijen 1 (melding) en 2 (Meldpunt)",
  },
  {
    id: "LV.5.3.DUIVENVOORDE",
    rulebooks: LV_ZORG,
    when: [{ fact: "targetLandlord", equals: "Stichting Duivenvoorde" }],
    to: { kind: "parties", ids: ["lv-stichting-duivenvoorde"] },
    caseRole: "verhuurder",
    stage: 1,
    reason: t(
      "Voor een woning van Stichting Duivenvoorde gaat de voordracht naar haar vaste contactpersoon (kandidaten staan daar ingeschreven).",
      "For a home of Stichting Duivenvoorde the nomination goes to its fixed contact (candidates register there).",
    ),
    article: "LV art. 5 lid 3, lid 6 sub b",
    assumed: FIXED_CONTACTS,
  },
  {
    id: "LV.5.3.VIDOMES",
    rulebooks: LV_ZORG,
    when: [{ fact: "targetLandlord", equals: "Vidomes" }],
    to: { kind: "parties", ids: ["lv-vidomes"] },
    caseRole: "verhuurder",
    stage: 1,
    reason: t("De voordracht gaat naar de vaste contactpersoon van de gekozen sociale verhuurder.", "The nomination goes to the fixed contact of the chosen social landlord."),
    article: "LV art. 5 lid 3",
    assumed: FIXED_CONTACTS,
  },
  {
    id: "LV.5.3.WOONINVEST",
    rulebooks: LV_ZORG,
    when: [{ fact: "targetLandlord", equals: "WoonInvest" }],
    to: { kind: "parties", ids: ["lv-wooninvest"] },
    caseRole: "verhuurder",
    stage: 1,
    reason: t("De voordracht gaat naar de vaste contactpersoon van de gekozen sociale verhuurder.", "The nomination goes to the fixed contact of the chosen social landlord."),
    article: "LV art. 5 lid 3",
    assumed: FIXED_CONTACTS,
  },
  {
    id: "LV.5.3.WOONNET",
    rulebooks: LV_ZORG,
    when: [{ fact: "targetLandlord", absent: true }],
    to: { kind: "parties", ids: ["lv-vidomes", "lv-wooninvest"] },
    caseRole: "verhuurder",
    stage: 1,
    reason: t(
      "Zonder gekozen verhuurder gaat de voordracht naar de sociale verhuurders van Woonnet Haaglanden.",
      "Without a chosen landlord the nomination goes to the Woonnet Haaglanden social landlords.",
    ),
    article: "LV art. 5 lid 3, lid 6 sub b",
    assumed: `ASSUMED: zonder keuze ontvangen Vidomes en WoonInvest (de Woonnet-verhuurders); Stichting Duivenvoorde alleen als zij gekozen is. ${FIXED_CONTACTS}`,
  },
  {
    id: "LV.6.1.MELDPUNT",
    rulebooks: LV_NOOD,
    to: { kind: "parties", ids: ["lv-ggd-haaglanden"] },
    caseRole: "meldpunt",
    stage: 1,
    reason: t(
      "Het Meldpunt Zorgwekkend gedrag leidt het gezin toe naar zorg (LIMOR) en zo naar een noodwoning.",
      "The Meldpunt Zorgwekkend gedrag leads the family to care (LIMOR) and so to a noodwoning.",
    ),
    article: "LV art. 6 lid 1; art. 2 (Meldpunt)",
  },
  {
    id: "LV.6.5.SCREENING",
    rulebooks: LV_NOOD,
    when: [{ fact: "privateSector", equals: true }],
    to: { kind: "parties", ids: ["lv-lokale-kamer"] },
    caseRole: "beoordelaar",
    stage: 1,
    reason: t(
      "Bij uitzetting uit de particuliere sector bepalen Lokale Kamer, LIMOR en ketenpartners eerst of herplaatsing terecht is.",
      "On eviction from the private sector, the Lokale Kamer, LIMOR and partners first decide whether rehousing is justified.",
    ),
    article: "LV art. 6 lid 5",
  },
  {
    id: "LV.6.2.LIMOR",
    rulebooks: LV_NOOD,
    to: { kind: "parties", ids: ["lv-limor"] },
    caseRole: "begeleider",
    stage: 2,
    reason: t(
      "LIMOR begeleidt het gezin vanaf de eerste dag en verzoekt de sociale verhuurders een noodwoning te zoeken.",
      "LIMOR supports the family from day one and asks the social landlords to find a noodwoning.",
    ),
    article: "LV art. 6 lid 2-3",
  },
  {
    id: "LV.6.3.VERHUURDERS",
    rulebooks: LV_NOOD,
    to: { kind: "noodwoning_landlords" },
    caseRole: "verhuurder",
    stage: 3,
    reason: t(
      "Alle sociale verhuurders behalve de uitzettende en Stichting Duivenvoorde zoeken een noodwoning.",
      "All social landlords except the evicting one and Stichting Duivenvoorde look for a noodwoning.",
    ),
    article: "LV art. 6 lid 3-4",
  },
  {
    id: "MH.3.CORPORATIES",
    rulebooks: ["mh-uitstroom-2019"],
    to: { kind: "role", role: "sociale_verhuurder" },
    caseRole: "verhuurder",
    stage: 1,
    reason: t(
      "De voordracht van de hulpverleningsinstantie gaat naar de woningcorporaties van de gemeente.",
      "The care agency's nomination goes to the housing corporations of the gemeente.",
    ),
    article: "MH uitstroom (seed 002), voordracht",
    assumed: "ASSUMED: de bron noemt de corporaties per gemeente niet bij naam; zij staan als één partij (mh-woningcorporaties) in de partijenlijst.",
  },
  {
    id: "GV.HOV.TEAM_HMD",
    rulebooks: ["gv-hov-2025"],
    to: { kind: "parties", ids: ["gv-team-hmd"] },
    caseRole: "beoordelaar",
    stage: 1,
    reason: t("Team HMD beoordeelt de aanvraag voor Huisvesting Onder Voorwaarden.", "Team HMD assesses the request for Huisvesting Onder Voorwaarden."),
    article: "GV HOV (seed 003)",
    assumed: "ASSUMED: de HOV-tekst noemt geen adres voor aanmeldingen; team HMD is de HOV-partner in de partijenlijst.",
  },
  {
    id: "GV.URGENTIE.COMMISSIE",
    rulebooks: ["gv-urgentie-2019"],
    to: { kind: "parties", ids: ["gv-urgentiecommissie"] },
    caseRole: "beoordelaar",
    stage: 1,
    reason: t("De urgentiecommissie beslist over de urgentieaanvraag.", "The urgentiecommissie decides on the urgency request."),
    article: "GV urgentieregeling (seed 000)",
  },
  {
    id: "LV.BEGELEIDER",
    rulebooks: [...LV_ZORG, ...LV_NOOD],
    // Never the gemeente: it receives no personal data (LV art. 10 lid 2).
    to: { kind: "support", roles: ["zorgorganisatie", "reclassering", "lokale_kamer"] },
    caseRole: "begeleider",
    stage: 1,
    reason: t("De gekozen begeleider of casemanager bereidt de kandidaat voor en is bij de intake aanwezig.", "The chosen support worker or casemanager prepares the candidate and attends the intake."),
    article: "LV art. 5 lid 2-3, art. 4 lid 10",
  },
  {
    id: "OTHER.BEGELEIDER",
    rulebooks: ALL.filter((id) => !id.startsWith("lv-")),
    to: { kind: "support", roles: ["zorgorganisatie", "reclassering", "lokale_kamer", "meldpunt", "gemeente", "platform"] },
    caseRole: "begeleider",
    stage: 1,
    reason: t("De gekozen ondersteunende partij begeleidt de kandidaat en hoort van elke stap.", "The chosen support party supports the candidate and hears of every step."),
    article: "KW Verplichtingen 2-3; MH; GV",
    assumed: "ASSUMED: de gekozen ondersteunende partij volgt de zaak; de bronnen noemen dat niet als ontvanger van de aanmelding.",
  },
];

export const landlordDuties: readonly LandlordDuty[] = [
  {
    rulebook: "kw-huisuitzetting-2019",
    text: t(
      "Vanaf de aanmelding: incasso opgeschort, geen rente of kosten. De lopende huur moet de huurder wel betalen.",
      "From the aanmelding: collection suspended, no interest or costs. The tenant must still pay the current rent.",
    ),
    article: "KW Voorwaarden (vanaf het moment van aanmelden)",
  },
];

export function landlordDutyFor(rulebookId: string): LandlordDuty | undefined {
  return landlordDuties.find((d) => d.rulebook === rulebookId);
}
