import type { Hint, Language, Outcome } from "@convenantbot/domain";
import type { CardElement } from "../card-types.js";
import { sectionTitle, text } from "../elements/text.js";
import { msg } from "../messages/index.js";

/**
 * The rulebook's hints. On an eligible result they are what to know next (KW: collection is
 * suspended; LV art. 4 lid 5, 8, 14), not "what could change the outcome". Small text: a card
 * stays under ~600 px in the common case (issue 15).
 */
export function hintsSection(hints: readonly Hint[], lang: Language, outcome?: Outcome): CardElement[] {
  if (hints.length === 0) return [];
  return [
    sectionTitle(msg(lang, outcome === "eligible" ? "check.hintsEligible" : "check.hints")),
    ...hints.map((h) => text(`💡 ${lang === "nl" ? h.text_nl : h.text_en}`, { spacing: "small", size: "small" })),
  ];
}
