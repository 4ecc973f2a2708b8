// Fuzz card submissions to /api/messages: 1,000 generated `value: { verb, ...junk }` for the
// verbs intake.answer, intake.choose and snelcheck.submit, as Web Chat's Action.Submit
// (message) and Teams' Action.Execute (invoke), in three conversation states (no intake, an
// intake on its first question, an intake at the choice of support party). Every answer is a
// 200 with a Dutch text or card, never a 5xx or the generic error text; the process keeps
// serving; no junk choose stores an aanmelding, and the conversation at the choice still
// stores exactly one when a valid choice follows. Seeded (FUZZ_SEED), bounded in time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRulebooks } from "@convenantbot/domain";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { BotClient, cardsOf, textsOf, type Activity } from "../testing/bot-client.js";
import { chooseAndSubmit } from "../testing/case-driver.js";
import { driveIntake } from "../testing/intake-driver.js";
import { startTestApp } from "../testing/test-app.js";
import fc from "fast-check";
import { notDutch } from "./testing/dutch.js";
import {
  expectSoundReply,
  isIntakeEnd,
  isQuestion,
  isTurnError,
  KW_ELIGIBLE,
  KW_LANDLORD,
  startIntake,
  validAnswer,
} from "./testing/turns.js";
import { recordFigure } from "../testing/figures.js";

const RUNS = 1000;
const SEED = Number(process.env["FUZZ_SEED"] ?? 20261123);

let store: Store;
let app: RunningApp;
let idle: BotClient;
let active: BotClient;
let choosing: BotClient;

async function countRows(table: "aanmeldingen" | "audit_log"): Promise<number> {
  return (await store.db.selectFrom(table).select("id").execute()).length;
}

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store });
  idle = new BotClient(app.url, KW_LANDLORD);
  active = new BotClient(app.url, KW_LANDLORD);
  await startIntake(active);
  choosing = new BotClient(app.url, KW_LANDLORD);
  const { last } = await driveIntake(choosing, await startIntake(choosing), KW_ELIGIBLE);
  expect(isIntakeEnd(last)).toBe(true);
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

// Every party id of every rulebook: a junk choose must never name a real support party.
const partyIds = new Set(listRulebooks().flatMap((r) => r.parties.map((p) => p.id)));
const kwFacts = listRulebooks()
  .find((r) => r.id === "kw-huisuitzetting-2019")!
  .facts.map((f) => f.name);

const junkKey = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("fact", "supportPartyId", "rulebook", "asOf", ...kwFacts) },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "verb", "", " ") },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: "binary" }) },
);
const junkValue = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "true",
      "false",
      "ja",
      "nee",
      "",
      "2",
      "-1",
      "1e309",
      "NaN",
      "2026-02-30",
      "kw-huisuitzetting-2019",
      "lv-zorgafhankelijk-2025",
      ...kwFacts,
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: "binary" }) },
);
const submission = fc.record({
  verb: fc.constantFrom("intake.answer", "intake.choose", "snelcheck.submit"),
  junk: fc.dictionary(junkKey, junkValue, { maxKeys: 8 }),
  state: fc.constantFrom("idle", "active", "choosing"),
  style: fc.constantFrom("submit", "execute"),
});

function invokeCard(activities: Activity[]): { status?: number; card?: unknown } {
  const response = activities.find((a) => a.type === "invokeResponse") as
    { value?: { status: number; body?: { value?: unknown } } } | undefined;
  return { status: response?.value?.status, card: response?.value?.body?.value };
}

describe("card submissions under 1,000 generated junk payloads", () => {
  it("always answer 200 with a Dutch text or card, never the generic error; nothing is stored", async () => {
    const aanmeldingenBefore = await countRows("aanmeldingen");
    const auditBefore = await countRows("audit_log");
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(submission, async ({ verb, junk, state, style }) => {
        // intake.choose only on the conversation at the choice when it cannot be a valid choice;
        // the other verbs there could legitimately change that state, so they go elsewhere.
        const target = state === "choosing" && verb !== "intake.choose" ? "active" : state;
        if (
          verb === "intake.choose" &&
          typeof junk["supportPartyId"] === "string" &&
          partyIds.has(junk["supportPartyId"])
        ) {
          delete junk["supportPartyId"];
        }
        runs++;
        const client = target === "idle" ? idle : target === "active" ? active : choosing;
        const context = `${style} ${verb} on ${target} with ${JSON.stringify(junk).slice(0, 200)}`;
        if (style === "submit") {
          const { status, activities } = await client.post({ type: "message", value: { ...junk, verb } });
          expectSoundReply(status, activities, context);
        } else {
          const { status, activities } = await client.post({
            type: "invoke",
            name: "adaptiveCard/action",
            value: { action: { type: "Action.Execute", verb, data: junk } },
          });
          expect(status, context).toBe(200);
          const invoke = invokeCard(activities);
          expect(invoke.status, context).toBe(200);
          expect(invoke.card, context).toBeTruthy();
          const messages = activities.filter((a) => a.type === "message");
          for (const text of textsOf(messages)) expect(isTurnError(text), context).toBe(false);
          expect(notDutch(messages), context).toBeUndefined();
        }
      }),
      // Bounded by count; the test timeout below is only the stop (a busy machine is slower, not wrong).
      { numRuns: RUNS, seed: SEED },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    // Every run passed the property above (a failing one throws): all bad inputs got a clear error.
    recordFigure("fuzzCards", { tried: runs, clear: runs });
    // No partial writes: no junk choose stored an aanmelding or an audit entry for one.
    expect(await countRows("aanmeldingen")).toBe(aanmeldingenBefore);
    expect(await countRows("audit_log")).toBe(auditBefore);
    // The process keeps serving, and the conversation at the choice is intact: a valid
    // choice stores exactly one aanmelding.
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const { submitted } = await chooseAndSubmit(choosing, "kw-meldpunt-ggd-hm");
    expect(textsOf(submitted).join(" ")).toMatch(/Aanmelding ingediend/);
    expect(await countRows("aanmeldingen")).toBe(aanmeldingenBefore + 1);
    // And the intake that took the junk answers still takes a valid one (or, if a junk answer
    // happened to be valid and decided it, it says so in Dutch).
    const resumed = cardsOf(await active.say("hervat")).at(-1);
    if (isQuestion(resumed)) {
      const { data } = validAnswer(resumed!);
      const next = cardsOf(await active.submit("intake.answer", data)).at(-1);
      expect(isQuestion(next) || isIntakeEnd(next)).toBe(true);
    }
  }, 300_000);
});
