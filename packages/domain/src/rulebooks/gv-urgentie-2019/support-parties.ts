import { t } from "../../common/localized.js";
import type { Facts } from "../../check/rule.js";
import type { CheckResult } from "../../check/schemas.js";
import { proposal } from "../../parties/propose.js";
import type { SupportProposal } from "../../parties/party.js";
import { gvParties } from "../gv-parties/parties.js";

/** The urgentiebureau takes the request; a ground under review goes to who decides it. */
export function proposeUrgentieSupportParties(_facts: Facts, result: CheckResult): SupportProposal[] {
  if (result.outcome === "not_eligible") return [];
  const reviewed = new Set(result.reasons.filter((r) => r.status === "review").map((r) => r.code));
  const out = [
    proposal(
      gvParties,
      "gv-urgentiebureau",
      t(
        "Het regionale urgentiebureau neemt de urgentieaanvraag in behandeling.",
        "The regional urgentie office handles the urgentie request.",
      ),
    ),
  ];
  if (reviewed.has("GV.URG.1"))
    out.push(
      proposal(
        gvParties,
        "gv-medisch-deskundige",
        t(
          "Bij medische urgentie adviseert de regionaal medisch deskundige.",
          "For medical urgentie the regional medical adviser advises.",
        ),
      ),
    );
  if (["GV.URG.1", "GV.URG.7", "GV.URG.9"].some((code) => reviewed.has(code)))
    out.push(
      proposal(
        gvParties,
        "gv-urgentiecommissie",
        t(
          "De regionale urgentiecommissie adviseert (medisch) of beslist (sociale indicatie, uitstroom uit een instelling).",
          "The regional urgentie committee advises (medical) or decides (social indication, leaving an institution).",
        ),
      ),
    );
  return out;
}
