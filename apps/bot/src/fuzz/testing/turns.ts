// Test support for the fuzz tests: what a sound reply looks like, and a valid answer to a
// question card (the way a caseworker would click it).
import { expect } from "vitest";
import { answerData } from "../../testing/intake-driver.js";
import { msg } from "@convenantbot/cards";
import {
  cardsOf,
  inputsOf,
  textsOf,
  verbsOf,
  type Activity,
  type BotClient,
  type Card,
} from "../../testing/bot-client.js";
import { notDutch } from "./dutch.js";

/** The generic "something went wrong" text (bot.turnError) with any correlation id. */
const turnErrorStart = msg("nl", "bot.turnError", { correlationId: "§" }).split("§")[0]!;
export const isTurnError = (text: string) => text.startsWith(turnErrorStart);

export const KW_LANDLORD = { id: "29:demo-woonconsulent-kw", aadObjectId: "00000000-0000-0000-0000-0000000000a6" };
/** A KW household that keeps every condition (apps/bot/src/http/messages.http.test.ts). */
export const KW_ELIGIBLE = {
  landlordCorporation: "kw-quawonen",
  notSelfReliant: true,
  opiumActViolation: false,
  illegalOccupation: false,
  hasResidenceStatus: true,
  extremeNuisance: false,
  hasLegalIncome: true,
  willingToCooperate: true,
  paysCurrentRent: true,
  minorChildren: 2,
};

export const isQuestion = (card: Card | undefined) => !!card && verbsOf(card).includes("intake.answer");
/** The end of an intake: the summary with support parties, or the check result (not eligible). */
export const isIntakeEnd = (card: Card | undefined) =>
  !!card && (verbsOf(card).includes("intake.choose") || String(card["fallbackText"] ?? "").startsWith("Toets:"));

/** The invariant of every turn in these tests: a reply, in Dutch, never the generic error. */
export function expectSoundReply(
  status: number,
  activities: Activity[],
  context: string,
  options: { allowSilence?: boolean } = {},
): void {
  expect(status, context).toBe(200);
  const visible = activities.filter((a) => a.type === "message");
  if (!options.allowSilence) expect(visible.length, `${context}: the bot answers`).toBeGreaterThan(0);
  for (const text of textsOf(visible))
    expect(isTurnError(text), `${context}: not the generic error: ${text}`).toBe(false);
  expect(notDutch(visible), `${context}: Dutch`).toBeUndefined();
}

/** A valid answer to the question card: the `pick`-th choice, the minimum, a date, a text. */
/**
 * A valid answer to the card on screen: its input (`fact`, the input id), the value, and `data`,
 * the intake.answer payload to post. A checklist (a question group) answers for all its facts
 * at once, with the card's own group data, as the card's "Volgende" does.
 */
export function validAnswer(card: Card, pick = 0): { fact: string; value: string; data: Record<string, unknown> } {
  const input = inputsOf(card)[0]!;
  const fact = String(input["id"]);
  const value = valueFor(input, pick);
  const group = answerData(card);
  if (Array.isArray(group["facts"]))
    return { fact, value, data: { fact: group["fact"], facts: group["facts"], [fact]: value } };
  return { fact, value, data: { fact, [fact]: value } };
}

function valueFor(input: Record<string, unknown>, pick: number): string {
  switch (input["type"]) {
    case "Input.ChoiceSet": {
      const choices = (input["choices"] as { value: string }[]) ?? [];
      return choices[pick % Math.max(1, choices.length)]?.value ?? "true";
    }
    case "Input.Number": {
      const min = typeof input["min"] === "number" ? input["min"] : 0;
      const max = typeof input["max"] === "number" ? input["max"] : min + 5;
      return String(min + (pick % (max - min + 1)));
    }
    case "Input.Date":
      return "2026-01-15";
    default:
      return "fuzz";
  }
}

/** "nieuwe aanmelding": returns the first question card. */
export async function startIntake(client: BotClient): Promise<Card> {
  let card = cardsOf(await client.say("nieuwe aanmelding")).at(-1);
  // An earlier intake with answers (its summary was on screen) is never replaced silently (issue 15): start over.
  if (card && !isQuestion(card) && verbsOf(card).includes("intake.restart"))
    card = cardsOf(await client.say("begin opnieuw")).at(-1);
  expect(isQuestion(card), "nieuwe aanmelding starts an intake").toBe(true);
  return card!;
}
