import { describe, expect, it } from "vitest";
import { cardVerbs, isCardVerb } from "@convenantbot/contract/card-verbs";
import type { ExecuteAction } from "../card-types.js";
import { allSamples } from "../testing/samples.js";
import { allActions, allInputs } from "../testing/validate.js";
import { CANDIDATE_VERBS } from "./candidate-cards.js";
import { CASE_VERBS } from "./case-card.js";
import { VERBS } from "./verbs.js";

/** The message extension's snelcheck command arrives as an action no card carries. */
const NOT_ON_A_CARD = ["snelcheck.open"];

/** A value as Teams sends it for an input: its prefill, else its first choice, else some text. */
function submitted(input: Record<string, unknown>): unknown {
  if (typeof input["value"] === "string" && input["value"] !== "") return input["value"];
  if (input["type"] === "Input.Toggle") return input["valueOn"] ?? "true";
  const choices = input["choices"];
  if (Array.isArray(choices) && choices.length > 0) return (choices[0] as { value: string }).value;
  return input["type"] === "Input.Date" ? "2026-03-01" : "1";
}

/** What Teams sends for a click: the action's data, and the card's inputs unless it sends none. */
function sentBy(action: ExecuteAction, card: unknown): Record<string, unknown> {
  const data = (action.data ?? {}) as Record<string, unknown>;
  if (action.associatedInputs === "none") return data;
  return { ...Object.fromEntries(allInputs(card).map((i) => [i.id, submitted(i)])), ...data };
}

describe("the cards' verbs are the contract's", () => {
  const clicks = allSamples().flatMap((s) =>
    allActions(s.card)
      .filter((a): a is ExecuteAction => a.type === "Action.Execute")
      .map((a) => [`${s.name}: ${a.verb} (${a.title ?? "refresh"})`, a, s.card] as const),
  );

  it.each(clicks)("%s is catalogued and its data parses", (_name, action, card) => {
    expect(isCardVerb(action.verb), action.verb).toBe(true);
    if (!isCardVerb(action.verb)) return;
    const parsed = cardVerbs[action.verb].safeParse(sentBy(action, card));
    expect(parsed.error?.issues ?? [], action.verb).toEqual([]);
  });

  it("every catalogued verb is one of the cards' (or named as not on a card), and the other way round", () => {
    const named = [
      ...Object.values(VERBS),
      ...Object.values(CASE_VERBS),
      ...Object.values(CANDIDATE_VERBS),
      ...NOT_ON_A_CARD,
    ];
    expect(new Set(named)).toEqual(new Set(Object.keys(cardVerbs)));
  });
});
