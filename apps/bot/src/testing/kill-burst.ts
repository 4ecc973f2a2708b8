// Test support for the kill -9 run: intake conversations and signal posts that remember exactly
// what the bot acknowledged, so a test can check that none of it is lost after a crash.
import { randomUUID } from "node:crypto";
import { BotClient, cardsOf, inputsOf, verbsOf, type Card } from "./bot-client.js";
import { huurachterstand } from "./signal-fixtures.js";
import { answerData } from "./intake-driver.js";

/** Seeded demo caseworkers whose "nieuwe aanmelding" starts an intake at once (bench/load.mjs). */
const intakeMembers = [
  { id: "29:demo-woonconsulent-kw", aadObjectId: "00000000-0000-0000-0000-0000000000a6" },
  { id: "29:demo-woonconsulent", aadObjectId: "00000000-0000-0000-0000-0000000000a1" },
];

/** A valid answer to a question card: the first choice ("ja" for yes/no), the minimum, a date, a text. */
function validAnswer(input: Record<string, unknown>): string {
  switch (input["type"]) {
    case "Input.ChoiceSet":
      return String((input["choices"] as { value: string }[] | undefined)?.[0]?.value ?? "true");
    case "Input.Number":
      return String(
        input["min"] !== undefined ? Math.max(Number(input["min"]), Math.min(1, Number(input["max"] ?? 1))) : 1,
      );
    case "Input.Date":
      return "2026-11-01";
    case "Input.Text":
      return "test";
    default:
      return "true";
  }
}

export interface Question {
  /** The facts this answer gives: one, or a checklist's whole group. */
  facts: string[];
  /** The intake.answer payload, as the card's "Volgende" sends it. */
  data: Record<string, unknown>;
}

/** One caseworker's intake in its own conversation. */
export class TrackedIntake {
  readonly client: BotClient;
  /** Facts whose answer the bot acknowledged with its next card. */
  readonly acknowledged = new Map<string, string>();
  question: Question | undefined;
  /** An answer sent but not acknowledged (the bot died meanwhile): sent again after the restart. */
  inFlight: Question | undefined;
  finished = false;

  constructor(baseUrl: string, n: number) {
    this.client = new BotClient(baseUrl, intakeMembers[n % intakeMembers.length]!, {
      conversationId: `kill-${randomUUID()}`,
    });
  }

  /** Reads the card the bot answered with; false when it is not a card of this intake (state lost). */
  private take(card: Card | undefined): boolean {
    if (!card) return false;
    if (verbsOf(card).includes("intake.answer")) {
      const input = inputsOf(card)[0];
      if (!input) return false;
      const action = answerData(card);
      const group = Array.isArray(action["facts"]) ? (action["facts"] as string[]) : undefined;
      // A checklist (a question group): "Geen van deze" answers every fact of the group at once.
      this.question = group
        ? { facts: group, data: { fact: action["fact"], facts: group, [String(input["id"])]: "none" } }
        : {
            facts: [String(input["id"])],
            data: { fact: String(input["id"]), [String(input["id"])]: validAnswer(input) },
          };
      return true;
    }
    // The end of the intake: the summary with support parties, or the check result.
    this.question = undefined;
    this.finished = true;
    return true;
  }

  async start(): Promise<void> {
    const replies = await this.client.say("nieuwe aanmelding");
    if (!this.take(cardsOf(replies).at(-1))) throw new Error("'nieuwe aanmelding' did not start an intake");
  }

  /** Answers the open question; throws on a network error (the bot was killed). Returns false if the reply shows the intake was lost. */
  async answerNext(): Promise<boolean> {
    const q = this.inFlight ?? this.question;
    if (!q || this.finished) return true;
    this.inFlight = q;
    const { status, activities } = await this.client.post({
      type: "message",
      value: { verb: "intake.answer", ...q.data },
    });
    if (status !== 200) throw new Error(`status ${status}`);
    this.inFlight = undefined;
    const ok = this.take(cardsOf(activities).at(-1));
    // "Geen van deze" on a checklist answers each of its facts with no.
    if (ok)
      for (const fact of q.facts) this.acknowledged.set(fact, q.facts.length > 1 ? "false" : String(q.data[fact]));
    return ok;
  }
}

/** Signal posts with an idempotency key each; `acknowledged` holds the ids the bot answered 201/200 for. */
export class TrackedSignals {
  readonly acknowledged = new Map<string, string>();
  private n = 0;
  constructor(private readonly apiKey: string) {}

  async postOne(baseUrl: string): Promise<void> {
    const key = `kill-${randomUUID()}`;
    const body = huurachterstand({ tenant: { name: `Huurder ${++this.n}`, postcode: "2271 AB", huisnummer: this.n } });
    const response = await fetch(`${baseUrl}/api/signals`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${this.apiKey}`, "idempotency-key": key },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { id?: string };
    // A partner that posts faster than its key's rate limit is told to wait: it waits as told
    // (Retry-After) and posts again later; nothing was acknowledged, so nothing can be lost.
    if (response.status === 429) {
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get("retry-after") ?? 1) * 1000));
      return;
    }
    if ((response.status === 201 || response.status === 200) && answer.id) this.acknowledged.set(key, answer.id);
    else throw new Error(`signal refused: ${response.status} ${JSON.stringify(answer).slice(0, 200)}`);
  }
}
