// Test support: from the intake summary (intake.choose) through the candidate details and the
// review step to "Dien in", the way a caseworker clicks it.
import { expect } from "vitest";
import { allText, cardsOf, textsOf, verbsOf, type Activity, type BotClient, type Card } from "./bot-client.js";

/** Cards of a reply: attachments, and the card of an invoke response (Teams Action.Execute). */
function cardsFrom(replies: Activity[]): Card[] {
  const invoke = replies.find((a) => a.type === "invokeResponse") as
    { value?: { body?: { value?: Card } } } | undefined;
  return [...(invoke?.value?.body?.value ? [invoke.value.body.value] : []), ...cardsOf(replies)];
}

export const demoCandidate = {
  name: "Jan de Vries",
  dateOfBirth: "1988-04-12",
  contactVia: "begeleider",
  currentAddress: "Kerkstraat 1, 2271 AA Voorburg",
};

export interface SubmittedCase {
  review: Card;
  submitted: Activity[];
  /** The sender's own case card (first card of the submit reply). */
  own: Card;
  aanmeldingId: string;
  /** "LV-2026-0012": what the caseworker reads and types back. */
  kenmerk: string;
}

/** Chooses the support party, fills the candidate details, checks the review card and submits. */
export async function chooseAndSubmit(
  client: BotClient,
  supportPartyId: string | undefined,
  candidate: Record<string, string> = demoCandidate,
  style: "submit" | "execute" = "submit",
): Promise<SubmittedCase> {
  const send = (verb: string, data: Record<string, unknown>) =>
    style === "execute" ? client.execute(verb, data) : client.submit(verb, data);
  const form = cardsFrom(await send("intake.choose", supportPartyId ? { supportPartyId } : {})).at(-1);
  expect(form && verbsOf(form), "the candidate details form follows the choice").toContain("intake.details");
  const review = cardsFrom(await send("intake.details", candidate)).at(-1)!;
  expect(verbsOf(review), "the review step: controleer en dien in").toContain("intake.submit");
  expect(allText(review)).toMatch(/Controleer en dien in|Review and submit/);
  const submitted = await send("intake.submit", {});
  const own = cardsFrom(submitted)[0]!;
  expect(own, "the sender's own case card").toBeDefined();
  const text = textsOf(submitted).join(" ");
  // The receipt names the case by its kenmerk (rulebook prefix, year, number), as its card does.
  const kenmerk = /(?:kenmerk|reference) ([A-Z]{2,4}-\d{4}-\d{4,6})/.exec(text)?.[1];
  expect(kenmerk, text).toBeDefined();
  expect(allText(own)).toContain(kenmerk!);
  const aanmeldingId = String((JSON.stringify(own).match(/"aanmeldingId":"([0-9a-f-]{36})"/) ?? [])[1]);
  return { review, submitted, own, aanmeldingId, kenmerk: kenmerk! };
}
