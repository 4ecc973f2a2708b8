import type { CheckResult, Language, Outcome } from "@convenantbot/domain";
import type { CardElement } from "../card-types.js";
import { subtle, text } from "../elements/text.js";
import { formatDate } from "../format/date.js";
import { outcomeColor, outcomeHeadline } from "../format/outcome.js";
import { msg } from "../messages/index.js";

/** The outcome first and large: it is what the caseworker came for. */
export function outcomeBanner(outcome: Outcome, lang: Language): CardElement {
  return text(outcomeHeadline(outcome, lang), { size: "large", weight: "bolder", color: outcomeColor[outcome] });
}

export function asOfLine(result: Pick<CheckResult, "asOf">, lang: Language): CardElement {
  return subtle(msg(lang, "check.asOf", { date: formatDate(result.asOf, lang) }), { spacing: "none" });
}

/** Which rulebook version and engine decided: lets a coordinator reproduce a disputed outcome. */
export function receiptLine(result: Pick<CheckResult, "receipt">, lang: Language): CardElement {
  const hash = result.receipt.rulebookHash.replace(/^sha256:/, "").slice(0, 12);
  return subtle(
    msg(lang, "check.receipt", { version: result.receipt.rulebookVersion, hash, engine: result.receipt.engineVersion }),
    { spacing: "medium" },
  );
}
