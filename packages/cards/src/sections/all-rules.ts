import type { Language, Reason } from "@convenantbot/domain";
import type { CardAction, CardElement } from "../card-types.js";
import { toggleVisibility } from "../elements/actions.js";
import { msg } from "../messages/index.js";
import { reasonsSection } from "./reasons.js";

/** Id of the hidden container with every rule; the toggle button names it. */
export const ALL_RULES_ID = "allRules";

/** The "Toon alle regels" button alone, for a card that puts it among its own actions (one row less). */
export function allRulesToggle(reasons: readonly Reason[], lang: Language): CardAction[] {
  return reasons.length === 0
    ? []
    : [toggleVisibility(msg(lang, "check.showAllRules", { count: reasons.length }), [ALL_RULES_ID])];
}

/** The hidden rule-by-rule list that `allRulesToggle` shows. */
export function allRulesList(reasons: readonly Reason[], lang: Language): CardElement[] {
  return reasons.length === 0
    ? []
    : [{ type: "Container", id: ALL_RULES_ID, isVisible: false, items: reasonsSection(reasons, lang) }];
}

/**
 * The rule-by-rule list, hidden behind "Toon alle regels" (Action.ToggleVisibility, client-side):
 * the card answers first and stays short, the full reasoning is one click away.
 */
export function allRulesSection(reasons: readonly Reason[], lang: Language): CardElement[] {
  if (reasons.length === 0) return [];
  return [
    {
      type: "ActionSet",
      spacing: "medium",
      actions: allRulesToggle(reasons, lang),
    },
    ...allRulesList(reasons, lang),
  ];
}
