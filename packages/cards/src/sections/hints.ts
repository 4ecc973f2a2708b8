import type { Hint, Language } from "@convenantbot/domain";
import type { CardElement } from "../card-types.js";
import { sectionTitle, text } from "../elements/text.js";
import { msg } from "../messages/index.js";

export function hintsSection(hints: readonly Hint[], lang: Language): CardElement[] {
  if (hints.length === 0) return [];
  return [
    sectionTitle(msg(lang, "check.hints")),
    ...hints.map((h) => text(`💡 ${lang === "nl" ? h.text_nl : h.text_en}`, { spacing: "small" })),
  ];
}
