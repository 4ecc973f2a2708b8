import { t } from "../../common/localized.js";
import type { Facts } from "../../check/rule.js";
import { str } from "../../check/rule-helpers.js";
import type { CheckResult } from "../../check/schemas.js";
import { proposal } from "../../parties/propose.js";
import type { SupportProposal } from "../../parties/party.js";
import { mhParties } from "./parties.js";

/**
 * MH names no support party of its own: the hulpverleningsinstantie (or the institution the
 * person leaves) assesses and aanmeldt; for ex-gedetineerden the Veiligheidshuis coordinates
 * nazorg; the Vrouwenopvang goes via urgentie instead.
 */
export function proposeMhSupportParties(facts: Facts, result: CheckResult): SupportProposal[] {
  const situation = str(facts, "situation");
  if (situation === "vrouwenopvang")
    return [
      proposal(
        mhParties,
        "mh-kwintes-vrouwenopvang",
        t(
          "Uitstroom uit de Vrouwenopvang loopt via een urgentieaanvraag bij de gemeente (huisvestingsverordening), niet via dit convenant.",
          "Leaving the Vrouwenopvang goes via an urgentie application at the gemeente (huisvestingsverordening), not via this convenant.",
        ),
      ),
    ];
  if (result.outcome === "not_eligible") return [];
  const out = [
    proposal(
      mhParties,
      "mh-hulpverleningsinstantie",
      t(
        "De hulpverleningsinstantie (of de instelling waaruit de kandidaat uitstroomt) beoordeelt of de kandidaat zelfstandig kan wonen en meldt aan voor de centrale wachtlijst; zij levert de begeleiding bij het zorgdakcontract.",
        "The support organisation (or the institution the candidate leaves) assesses whether the candidate can live independently and registers them on the central waiting list; it provides the support under the zorgdakcontract.",
      ),
    ),
  ];
  if (situation === "ex_gedetineerde")
    out.push(
      proposal(
        mhParties,
        "mh-veiligheidshuis",
        t(
          "Gedetineerde inwoners worden besproken in het casusoverleg van het Veiligheidshuis; de gemeente coördineert de nazorg (huisvesting, inkomen, ID, dagbesteding, zorg).",
          "Detained residents are discussed in the Veiligheidshuis case meeting; the gemeente coordinates aftercare (housing, income, ID, daytime activity, care).",
        ),
      ),
    );
  return out;
}
