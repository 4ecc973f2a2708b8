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
  const title = msg(lang, outcome === "eligible" ? "check.hintsEligible" : "check.hints");
  return [
    sectionTitle(title),
    ...hints.map((h) => text(`💡 ${lang === "nl" ? h.text_nl : h.text_en}`, { spacing: "none", size: "small" })),
  ];
}

/** The same hints as one small block under a bold lead ("Goed om te weten:"), for the longer summary card. */
export function compactHints(hints: readonly Hint[], lang: Language, outcome?: Outcome): CardElement[] {
  if (hints.length === 0) return [];
  const title = msg(lang, outcome === "eligible" ? "check.hintsEligible" : "check.hints");
  const lines = hints.map((h) => `💡 ${lang === "nl" ? h.text_nl : h.text_en}`);
  return [{ ...text([`**${title}**`, ...lines].join("\n"), { spacing: "medium", size: "small" }), separator: true }];
}
