import type { CardElement, ExecuteAction, NestedCard, ShowCardAction, ToggleVisibilityAction } from "../card-types.js";

/**
 * Action.Execute (Universal Actions) is what Teams routes to the bot as an
 * `adaptiveCard/action` invoke; `verb` is mandatory there even though the 1.5 schema does not
 * require it, so this helper makes it a required argument.
 */
export function execute(
  verb: string,
  title: string,
  data: Record<string, unknown> = {},
  options: Pick<ExecuteAction, "style" | "associatedInputs" | "tooltip"> = {},
): ExecuteAction {
  return { type: "Action.Execute", verb, title, data, ...options };
}

/**
 * For navigation (back, pause, cancel): no inputs are sent, so an unanswered required input
 * does not block the caseworker from leaving the question.
 */
export function navigate(verb: string, title: string, data: Record<string, unknown> = {}): ExecuteAction {
  return execute(verb, title, data, { associatedInputs: "none" });
}

/** A nested card for a follow-up input (forward to, close outcome) so the main card stays short. */
export function showCard(title: string, body: CardElement[], actions: ExecuteAction[]): ShowCardAction {
  const card: NestedCard = { type: "AdaptiveCard", body, actions };
  return { type: "Action.ShowCard", title, card };
}

/** Shows or hides elements on the card itself; Teams and Web Chat handle it without the bot. */
export function toggleVisibility(
  title: string,
  targetElements: ToggleVisibilityAction["targetElements"],
): ToggleVisibilityAction {
  return { type: "Action.ToggleVisibility", title, targetElements };
}
