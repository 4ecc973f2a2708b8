import type { Language, Outcome } from "@convenantbot/domain";
import type { CardElement } from "../card-types.js";
import { text } from "../elements/text.js";
import { msg } from "../messages/index.js";

/** "Wat nu": one sentence on what happens next, by outcome and by card (check or end of intake). */
export function nextStepLine(outcome: Outcome, lang: Language, where: "check" | "summary"): CardElement {
  return text(`**${msg(lang, "next.label")}** ${msg(lang, `next.${where}.${outcome}`)}`, { spacing: "default" });
}
