import { t } from "../../common/localized.js";
import type { Facts } from "../../check/rule.js";
import type { CheckResult } from "../../check/schemas.js";
import { proposal } from "../../parties/propose.js";
import type { SupportProposal } from "../../parties/party.js";
import { kwParties } from "./parties.js";

/** In KW every aanmelding goes to the Meldpunt; the gemeente joins when money is the problem. */
export function proposeKwSupportParties(_facts: Facts, result: CheckResult): SupportProposal[] {
  if (result.outcome === "not_eligible") return [];
  const out = [
    proposal(
      kwParties,
      "kw-meldpunt-ggd-hm",
      t(
        "Het Meldpunt Zorg en Overlast stelt de kwetsbaarheid vast, leidt toe naar hulp en coördineert tot een nieuwe regiehouder de zaak overneemt.",
        "The Meldpunt Zorg en Overlast establishes vulnerability, leads to support and coordinates until a new regiehouder takes over.",
      ),
    ),
  ];
  // Financial problems are the usual route into this convenant (huurachterstand).
  out.push(
    proposal(
      kwParties,
      "kw-gemeente-krimpenerwaard",
      t(
        "Bij financiële problemen inventariseert Schulddienstverlening inkomsten en uitgaven en start inkomensbeheer.",
        "With financial problems, Schulddienstverlening lists income and expenses and starts income management.",
      ),
    ),
  );
  return out;
}
