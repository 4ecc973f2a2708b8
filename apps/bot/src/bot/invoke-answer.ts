import type { AdaptiveCardInvokeResponse } from "botbuilder";
import type { Language } from "@convenantbot/domain";
import { msg, outcomeCard, type AdaptiveCard } from "@convenantbot/cards";
import type { ConversationData } from "../intake/intake-state.js";
import { render } from "../intake/intake-flow.js";
import type { Reply } from "./reply.js";

const CARD = "application/vnd.microsoft.card.adaptive";
const MESSAGE = "application/vnd.microsoft.activity.message";

/** Puts the turn's texts (why a step was refused) on top of the card that replaces the clicked one. */
function withNotice(card: AdaptiveCard, texts: readonly string[]): AdaptiveCard {
  if (texts.length === 0) return card;
  return {
    ...card,
    body: [
      { type: "TextBlock", text: texts.join("\n"), wrap: true, color: "attention", weight: "bolder" },
      ...card.body,
    ],
  };
}

/**
 * What an Action.Execute answers. Teams replaces the clicked card with a card answer, so a
 * text-only turn must never become a bare card:
 * - the turn has a card: that card, with the texts before it on top (later replies go to the chat);
 * - an intake is still running: its current question, with the text on top;
 * - a final state (saved, cancelled, paused): a read-only card saying so and what comes next;
 * - anything else (refused, unknown verb): the text as a message; the clicked card stays as
 *   it was, with its refresh, so a live signal card keeps updating.
 */
export function invokeAnswer(
  verb: string,
  outcome: { replies: Reply[]; conversation?: ConversationData },
  lang: Language,
): { response: AdaptiveCardInvokeResponse; rest: Reply[] } {
  const { replies } = outcome;
  const first = replies.findIndex((r) => r.kind === "card");
  const found = replies[first];
  if (found?.kind === "card") {
    // Texts before the card explain it (a refused answer, a bad peildatum): they go on the card.
    const before = replies.slice(0, first).flatMap((r) => (r.kind === "text" ? [r.text] : []));
    return { response: cardResponse(withNotice(found.card, before)), rest: replies.slice(first + 1) };
  }
  const texts = replies.flatMap((r) => (r.kind === "text" ? [r.text] : []));
  const intake = outcome.conversation?.intake;
  if (intake?.status === "active") {
    const current = render(intake, lang).replies.find((r) => r.kind === "card");
    if (current?.kind === "card") return { response: cardResponse(withNotice(current.card, texts)), rest: [] };
  }
  if (intake?.status === "paused" && verb.startsWith("intake.")) {
    return {
      response: cardResponse(outcomeCard({ lines: texts, next: msg(lang, "outcome.nextPaused"), lang })),
      rest: [],
    };
  }
  if (
    !intake &&
    outcome.conversation &&
    (verb === "intake.choose" || verb === "intake.cancel" || verb === "intake.abort")
  ) {
    const next = msg(lang, verb === "intake.choose" ? "outcome.nextAanmelding" : "outcome.nextCancelled");
    return { response: cardResponse(outcomeCard({ lines: texts, next, lang })), rest: [] };
  }
  return {
    response: { statusCode: 200, type: MESSAGE, value: (texts.join("\n") || msg(lang, "bot.unknownCommand")) as never },
    rest: [],
  };
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: CARD, value: card as unknown as Record<string, unknown> };
}
