// Test support: walks an intake by answering whatever question card the bot shows next,
// from a table of facts, the way a caseworker clicks through it.
import { expect } from "vitest";
import { askedFact, cardsOf, verbsOf, walk, type BotClient, type Card } from "./bot-client.js";

/** The data of the card's "Volgende" (intake.answer): fact, revision, and a checklist's facts. */
export function answerData(card: Card): Record<string, unknown> {
  let data: Record<string, unknown> = {};
  walk(card, (n) => {
    if (n["type"] === "Action.Execute" && n["verb"] === "intake.answer" && n["data"] && typeof n["data"] === "object")
      data = n["data"] as Record<string, unknown>;
  });
  return data;
}

export function asCardValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(",");
  return String(value);
}

export interface DriveResult {
  last: Card;
  asked: string[];
}

/** Answers question cards until a card without an `intake.answer` verb appears. */
export async function driveIntake(
  client: BotClient,
  first: Card,
  facts: Record<string, unknown>,
  options: { style?: "submit" | "execute"; stopBefore?: string; maxSteps?: number } = {},
): Promise<DriveResult> {
  let card = first;
  const asked: string[] = [];
  for (let step = 0; step < (options.maxSteps ?? 60); step++) {
    if (!verbsOf(card).includes("intake.answer")) return { last: card, asked };
    const action = answerData(card);
    const group = Array.isArray(action["facts"]) ? (action["facts"] as string[]) : undefined;
    const fact = group ? String(action["fact"]) : askedFact(card);
    expect(fact, "a question card has an input named after its fact").toBeDefined();
    if (!fact || fact === options.stopBefore || group?.includes(options.stopBefore ?? "")) return { last: card, asked };
    for (const f of group ?? [fact]) expect(facts, `the scenario answers ${f}`).toHaveProperty(f);
    asked.push(...(group ?? [fact]));
    // A checklist: tick the scenario's "true" items, or "Geen van deze".
    const ticked = group?.filter((f) => facts[f] === true) ?? [];
    const data = group
      ? { ...action, checklist: ticked.length > 0 ? ticked.join(",") : "none" }
      : { ...action, fact, [fact]: asCardValue(facts[fact]) };
    const replies =
      options.style === "execute"
        ? await client.execute("intake.answer", data)
        : await client.submit("intake.answer", data);
    // Teams: the invoke's answer is the card that replaces the clicked one.
    const invoked = replies.find((a) => a.type === "invokeResponse") as
      { value?: { body?: { value?: Card } } } | undefined;
    const cards =
      options.style === "execute" && invoked?.value?.body?.value?.type === "AdaptiveCard"
        ? [invoked.value.body.value]
        : cardsOf(replies);
    expect(cards.length, `a card follows the answer to ${fact}`).toBeGreaterThan(0);
    card = cards.at(-1)!;
  }
  throw new Error("intake did not finish within maxSteps");
}
