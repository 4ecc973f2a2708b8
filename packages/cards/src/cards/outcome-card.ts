import type { Language } from "@convenantbot/domain";
import type { AdaptiveCard } from "../card-types.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, subtle, text } from "../elements/text.js";
import { msg } from "../messages/index.js";

/**
 * A read-only card for a clicked card whose action ended in text only (saved, cancelled,
 * refused): it replaces the clicked card in Teams, so it says what happened and what comes
 * next instead of leaving a bare tick. No actions: nothing on it can be clicked twice.
 */
export function outcomeCard(input: { lines: readonly string[]; next?: string; lang: Language }): AdaptiveCard {
  const [first = msg(input.lang, "outcome.done"), ...rest] = input.lines;
  return adaptiveCard(
    input.lang,
    [heading(first), ...rest.map((line) => text(line)), ...(input.next ? [subtle(input.next)] : [])],
    [],
    { fallbackText: first },
  );
}
