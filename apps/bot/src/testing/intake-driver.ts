// Test support: walks an intake by answering whatever question card the bot shows next,
// from a table of facts, the way a caseworker clicks through it.
import { expect } from "vitest";
import { askedFact, cardsOf, verbsOf, type BotClient, type Card } from "./bot-client.js";

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
    const fact = askedFact(card);
    expect(fact, "a question card has an input named after its fact").toBeDefined();
    if (!fact || fact === options.stopBefore) return { last: card, asked };
    expect(facts, `the scenario answers ${fact}`).toHaveProperty(fact);
    asked.push(fact);
    const data = { fact, [fact]: asCardValue(facts[fact]) };
    const replies = options.style === "execute" ? await client.execute("intake.answer", data) : await client.submit("intake.answer", data);
    const cards = cardsOf(replies);
    expect(cards.length, `a card follows the answer to ${fact}`).toBeGreaterThan(0);
    card = cards.at(-1)!;
  }
  throw new Error("intake did not finish within maxSteps");
}
