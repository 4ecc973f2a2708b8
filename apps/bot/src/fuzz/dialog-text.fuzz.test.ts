// Fuzz free dialog text during an intake: 1,000 random strings (ASCII, full Unicode graphemes,
// arbitrary UTF-16 including lone surrogates, Teams mentions, long texts) typed while a
// question card is on screen. The bot answers each in Dutch (never the generic error), and the
// state stays consistent: after every fuzz text the question on screen is re-asked (or, for a
// text that is a valid answer, the next one), and after every third a valid answer to the
// question on screen moves the intake on (another question or its end). Texts that are commands other than
// "help" are left out (they legitimately change the intake: "annuleer", "terug", "taal en").
// Seeded (FUZZ_SEED), bounded in time; one app instance for the file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { parseCommand } from "../bot/commands.js";
import { BotClient, cardsOf, inputsOf, type Card } from "../testing/bot-client.js";
import { startTestApp } from "../testing/test-app.js";
import fc from "fast-check";
import { expectSoundReply, isIntakeEnd, isQuestion, KW_LANDLORD, startIntake, validAnswer } from "./testing/turns.js";
import { recordFigure } from "../testing/figures.js";

const RUNS = 1000;
const SEED = Number(process.env["FUZZ_SEED"] ?? 20261123);

let store: Store;
let app: RunningApp;

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

/** What the bot reads of a message (apps/bot/src/bot/incoming.ts strips mentions and trims). */
const cleaned = (text: string) =>
  text
    .replace(/<at>[^<]*<\/at>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const freeText = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 3, arbitrary: fc.string({ maxLength: 40, unit: "grapheme" }) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
    { weight: 1, arbitrary: fc.string({ minLength: 500, maxLength: 2000, unit: "grapheme-composite" }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => `<at>Convenantbot</at> ${s}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "ja",
        "nee",
        "Ja!",
        "0",
        "-1",
        "1e9",
        "2026-02-30",
        "onbekend",
        "?",
        "help",
        "<at>",
        "</at>",
        "\u0000",
        "\ud800",
        "🏠".repeat(50),
      ),
    },
  )
  .filter((text) => {
    const command = parseCommand(cleaned(text)).name;
    return command === "unknown" || command === "help";
  });

describe("free text during an intake, 1,000 generated messages", () => {
  it("is answered in Dutch, and the next valid answer still moves the intake on", async () => {
    const client = new BotClient(app.url, KW_LANDLORD);
    let current: Card = await startIntake(client);
    const aanmeldingenBefore = (await store.db.selectFrom("aanmeldingen").select("id").execute()).length;
    let runs = 0;
    let intakesFinished = 0;
    await fc.assert(
      fc.asyncProperty(freeText, fc.nat(), async (text, pick) => {
        runs++;
        const context = `text ${JSON.stringify(text.slice(0, 120))} on ${inputsOf(current)[0]?.["id"]}`;
        const silent = cleaned(text) === ""; // nothing left to read: the bot stays silent, by design
        const { status, activities } = await client.post({ type: "message", text });
        expectSoundReply(status, activities, context, { allowSilence: silent });
        const shown = cardsOf(activities).at(-1);
        if (isQuestion(shown)) {
          // An invalid answer re-asks the question; a typed text that is a valid answer ("ja") moves on.
          current = shown!;
        } else if (isIntakeEnd(shown)) {
          intakesFinished++;
          current = await startIntake(client);
          return;
        }
        // The state is consistent: the question on screen is still the one the bot expects (it
        // re-asked it above), and on every third text a valid answer to it moves the intake on
        // (every text would double the turns; the file must stay well under 60 s in CI).
        if (runs % 3 !== 0) return;
        const { fact, value, data } = validAnswer(current, pick);
        const answered = await client.post({ type: "message", value: { verb: "intake.answer", ...data } });
        expectSoundReply(answered.status, answered.activities, `${context}; then ${fact}=${value}`);
        const next = cardsOf(answered.activities).at(-1);
        expect(
          answered.activities.filter((a) => a.type === "message"),
          `${context}; ${fact}=${value} gives just the next card`,
        ).toHaveLength(1);
        if (isQuestion(next)) {
          expect(inputsOf(next!)[0]?.["id"], `${context}: ${fact} is not asked again`).not.toBe(fact);
          current = next!;
        } else {
          expect(isIntakeEnd(next), `${context}; ${fact}=${value}: the intake ends with its summary or result`).toBe(
            true,
          );
          intakesFinished++;
          current = await startIntake(client);
        }
      }),
      // Bounded by count; the test timeout below is only the stop (a busy machine is slower, not wrong).
      { numRuns: RUNS, seed: SEED },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    // Every run passed the property above (a failing one throws): all bad inputs got a clear error.
    recordFigure("fuzzDialog", { tried: runs, clear: runs });
    expect(intakesFinished).toBeGreaterThan(0);
    // No choose was sent: nothing stored. And the process keeps serving.
    expect((await store.db.selectFrom("aanmeldingen").select("id").execute()).length).toBe(aanmeldingenBefore);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  }, 300_000);
});
