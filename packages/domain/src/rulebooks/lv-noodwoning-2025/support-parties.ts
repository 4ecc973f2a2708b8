import { t } from "../../common/localized.js";
import { bool, str } from "../../check/rule-helpers.js";
import type { Facts } from "../../check/rule.js";
import type { CheckResult } from "../../check/schemas.js";
import { proposal } from "../../parties/propose.js";
import type { SupportProposal } from "../../parties/party.js";
import { lvParties } from "../lv-parties/parties.js";
import { noodwoningOfferLandlords } from "./offer-landlords.js";

/**
 * The route of art. 6: Meldpunt Zorgwekkend gedrag -> LIMOR -> the landlords that may offer;
 * the Lokale Kamer screens first after an eviction from the private sector (art. 6 lid 5).
 */
export function proposeNoodwoningSupportParties(facts: Facts, result: CheckResult): SupportProposal[] {
  const failed = new Set(result.reasons.filter((r) => r.status === "failed").map((r) => r.code));
  // Not a family or no eviction: this is not the noodwoning route at all.
  if (failed.has("LV.6.GEZIN") || failed.has("LV.6.UITZETTING")) return [];
  const out: SupportProposal[] = [
    proposal(
      lvParties,
      "lv-ggd-haaglanden",
      t(
        "Het Meldpunt Zorgwekkend gedrag leidt een gezin met inwonende minderjarige kinderen bij (dreigende) huisuitzetting toe naar LIMOR (art. 2 Meldpunt, art. 6 lid 1).",
        "The Meldpunt Zorgwekkend gedrag leads a family with minor children facing (threatened) eviction to LIMOR (art. 2 Meldpunt, art. 6(1)).",
      ),
    ),
    proposal(
      lvParties,
      "lv-limor",
      t(
        "LIMOR begeleidt het gezin vanaf de eerste dag, ook tijdens een tijdelijk verblijf, en vraagt de sociale verhuurders een woning te zoeken (art. 6 lid 2 en 3).",
        "LIMOR supports the family from day one, also during a temporary stay, and asks the social landlords to find a home (art. 6(2) and (3)).",
      ),
    ),
  ];
  if (bool(facts, "privateSector") === true) {
    out.push(
      proposal(
        lvParties,
        "lv-lokale-kamer",
        t(
          "Uitzetting uit de particuliere sector: de Lokale Kamer stemt met LIMOR en ketenpartners af of herplaatsing in Leidschendam-Voorburg terecht is (art. 6 lid 5).",
          "Eviction from the private sector: the Lokale Kamer decides with LIMOR and partners whether rehousing in Leidschendam-Voorburg is justified (art. 6(5)).",
        ),
      ),
    );
  }
  if (result.outcome !== "not_eligible") {
    for (const landlord of noodwoningOfferLandlords(str(facts, "evictingLandlord"))) {
      out.push(
        proposal(
          lvParties,
          landlord.id,
          t(
            "Kan een noodwoning aanbieden, indien mogelijk binnen drie maanden (art. 6 lid 3 en 4); niet de uitzettende verhuurder en niet Stichting Duivenvoorde.",
            "May offer a noodwoning, within three months where possible (art. 6(3) and (4)); not the evicting landlord and not Stichting Duivenvoorde.",
          ),
        ),
      );
    }
  }
  return out;
}
