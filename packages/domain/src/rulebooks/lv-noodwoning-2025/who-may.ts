import { t, type Localized } from "../../common/localized.js";
import type { PartyRole } from "../../parties/party.js";
import { lvNoodwoningStarterRoles } from "../lv-parties/roles.js";
import { findLvLandlord } from "../lv-parties/landlords.js";
import { noodwoningOfferLandlords } from "./offer-landlords.js";

/** The party acting, as the bot and API know it from the signed-in user. */
export interface ActingParty {
  partyId: string;
  role: PartyRole;
}

/** Allowed or not, with the article and a sentence for the caseworker. */
export interface PartyDecision {
  allowed: boolean;
  article: string;
  reason: Localized;
}

/**
 * Who may start a noodwoning aanmelding (seed 004 art. 6 lid 1-4 with art. 4 lid 1): LIMOR, to
 * which the Meldpunt leads the family and which asks the landlords (lid 1 and 3); and, ASSUMED, the
 * other parties that may nominate (art. 4 lid 1), since lid 4 follows "de aanmeldprocedure voor
 * een convenantwoning". Never the gemeente (it receives no personal data, art. 10 lid 2), the
 * Meldpunt (it leads the family to LIMOR), a landlord or the Platform.
 */
export function mayStartNoodwoningAanmelding(party: ActingParty): PartyDecision {
  if (party.partyId === "lv-limor")
    return {
      allowed: true,
      article: "art. 6 lid 1-3",
      reason: t(
        "LIMOR begeleidt het gezin en vraagt de sociale verhuurders een woning te zoeken.",
        "LIMOR supports the family and asks the social landlords to find a home.",
      ),
    };
  if (lvNoodwoningStarterRoles.includes(party.role))
    return {
      allowed: true,
      article: "art. 4 lid 1; art. 6 lid 4",
      reason: t(
        "Je organisatie mag kandidaten aandragen (art. 4 lid 1); LIMOR neemt de begeleiding van het gezin vanaf de eerste dag op zich (art. 6 lid 2).",
        "Your organisation may nominate candidates (art. 4(1)); LIMOR takes on the family's support from day one (art. 6(2)).",
      ),
    };
  const why: Partial<Record<PartyRole, Localized>> = {
    gemeente: t(
      "De gemeente ontvangt en deelt geen persoonsgegevens (art. 10 lid 2), dus meldt zij geen gezin aan. Verwijs naar het Meldpunt Zorgwekkend gedrag of LIMOR.",
      "The gemeente receives and shares no personal data (art. 10(2)), so it registers no family. Refer to the Meldpunt Zorgwekkend gedrag or LIMOR.",
    ),
    meldpunt: t(
      "Het Meldpunt Zorgwekkend gedrag leidt het gezin toe naar LIMOR; LIMOR meldt het aan (art. 6 lid 1 en 3).",
      "The Meldpunt Zorgwekkend gedrag leads the family to LIMOR; LIMOR registers it (art. 6(1) and (3)).",
    ),
    sociale_verhuurder: t(
      "Een sociale verhuurder biedt de noodwoning aan; de aanmelding komt van LIMOR (art. 6 lid 3 en 4).",
      "A social landlord offers the noodwoning; the registration comes from LIMOR (art. 6(3) and (4)).",
    ),
  };
  return {
    allowed: false,
    article: party.role === "gemeente" ? "art. 10 lid 2" : "art. 6 lid 1-4; art. 4 lid 1",
    reason:
      why[party.role] ??
      t(
        "Alleen LIMOR, een zorgorganisatie, Reclassering of de Lokale Kamer meldt een gezin aan voor een noodwoning.",
        "Only LIMOR, a care organisation, Reclassering or the Lokale Kamer registers a family for a noodwoning.",
      ),
  };
}

/**
 * May this party record an offer of a noodwoning (art. 6 lid 3-4)? Only a social landlord of the
 * convenant, not the one that evicted the family (lid 3) and not Stichting Duivenvoorde (lid 4).
 */
export function mayRecordNoodwoningOffer(party: ActingParty, evictingLandlord?: string): PartyDecision {
  if (party.partyId === "lv-stichting-duivenvoorde")
    return {
      allowed: false,
      article: "art. 6 lid 4",
      reason: t(
        "Stichting Duivenvoorde biedt geen noodwoningen aan.",
        "Stichting Duivenvoorde offers no noodwoningen.",
      ),
    };
  if (party.role !== "sociale_verhuurder" || !findLvLandlord(party.partyId))
    return {
      allowed: false,
      article: "art. 6 lid 4",
      reason: t(
        "Alleen een sociale verhuurder van het convenant biedt een noodwoning aan.",
        "Only a social landlord of the convenant offers a noodwoning.",
      ),
    };
  if (!noodwoningOfferLandlords(evictingLandlord).some((p) => p.id === party.partyId))
    return {
      allowed: false,
      article: "art. 6 lid 3",
      reason: t(
        "Je organisatie heeft dit gezin uitgezet; een andere sociale verhuurder zoekt de woning.",
        "Your organisation evicted this family; another social landlord looks for the home.",
      ),
    };
  return {
    allowed: true,
    article: "art. 6 lid 3 en 4",
    reason: t(
      "Je mag een noodwoning aanbieden, indien mogelijk binnen drie maanden.",
      "You may offer a noodwoning, within three months where possible.",
    ),
  };
}
