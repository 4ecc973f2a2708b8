import { t } from "../../common/localized.js";
import type { Localized } from "../../common/localized.js";
import type { Facts } from "../../check/rule.js";
import { bool } from "../../check/rule-helpers.js";
import type { CheckResult } from "../../check/schemas.js";
import { proposal } from "../../parties/propose.js";
import type { SupportProposal } from "../../parties/party.js";
import { gvParties } from "../gv-parties/parties.js";
import { hovSupportOptions } from "./support-options.js";

/**
 * Outside the doelgroep HOV offers nothing. Otherwise: a zorgaanbieder for the zorgcontract
 * (while unsigned) and as intermediate landlord, and the team HMD for the Risicofonds; one
 * proposal per party, its reasons joined.
 */
export function proposeHovSupportParties(facts: Facts, result: CheckResult): SupportProposal[] {
  const doelgroep = result.reasons.find((r) => r.code === "GV.HOV.DOELGROEP");
  if (doelgroep?.status === "failed") return [];
  const reasons = new Map<string, Localized[]>();
  const add = (partyId: string, reason: Localized) => reasons.set(partyId, [...(reasons.get(partyId) ?? []), reason]);
  if (bool(facts, "careContractSigned") !== true)
    add(
      "gv-zorgaanbieders",
      t(
        "Een zorgaanbieder sluit het zorgcontract dat aanvrager, zorginstantie en gemeente ondertekenen.",
        "A care provider draws up the zorgcontract signed by the applicant, the care organisation and the gemeente.",
      ),
    );
  for (const option of hovSupportOptions) add(option.partyId, option.description);
  return [...reasons].map(([partyId, texts]) =>
    proposal(gvParties, partyId, { nl: texts.map((x) => x.nl).join(" "), en: texts.map((x) => x.en).join(" ") }),
  );
}
