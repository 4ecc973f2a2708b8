import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { askedFact, BotClient, cardsOf, textsOf, verbsOf, type DemoUser } from "../testing/bot-client.js";
import { demoCandidate } from "../testing/case-driver.js";
import { driveIntake } from "../testing/intake-driver.js";
import { startTestApp } from "../testing/test-app.js";

const begeleider: DemoUser = { id: "29:demo-begeleider", aadObjectId: "00000000-0000-0000-0000-0000000000a2" };
const landlord: DemoUser = { id: "29:demo-woonconsulent", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const hulpverlenerMh: DemoUser = { id: "29:demo-hulpverlener-mh", aadObjectId: "00000000-0000-0000-0000-0000000000a8" };
const mhEligible = {
  situation: "beschermd_wonen",
  institutionRegional: true,
  acceptsSupport: true,
  readyToLiveIndependently: true,
  regionMostAppropriate: true,
};

let store: Store;
let app: RunningApp;
beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, clock: () => new Date("2026-11-23T10:00:00Z") });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const memberId = async (user: DemoUser) => (await store.members.byTeamsUserId(user.id))!.id;
const aanmeldingenOf = async (user: DemoUser) =>
  store.aanmeldingen.list({ createdBy: await memberId(user), limit: 100 });
const kenmerk = (texts: string[]) =>
  /kenmerk ([A-Z]{2,4}-\d{4}-\d{4,6}|[0-9a-f-]{36}|[0-9a-f]{8})\b/.exec(texts.join(" "))?.[1];

describe("an intake belongs to the caseworker who started it", () => {
  it("in a shared chat (or with a forged conversation id) a landlord cannot continue, see or save a begeleider's intake", async () => {
    const conversationId = `conv-shared-${Date.now()}`;
    const owner = new BotClient(app.url, begeleider, { conversationId });
    const intruder = new BotClient(app.url, landlord, { conversationId });
    const first = cardsOf(await owner.say("nieuwe aanmelding lv"))[0]!;
    const fact = askedFact(first)!;
    const answers: Record<string, string> = {
      receivesSupport: "true",
      residentOf: "Leidschendam-Voorburg",
      canFindHousingAlone: "false",
      tbsMeasure: "false",
    };
    const second = cardsOf(await owner.submit("intake.answer", { fact, [fact]: answers[fact] ?? "true" }))[0]!;
    const ownersQuestion = askedFact(second)!;
    expect(ownersQuestion, "the owner's answer was taken: the next question is open").not.toBe(fact);

    console.log(
      "STATE",
      JSON.stringify(
        await store.db
          .selectFrom("bot_state" as never)
          .selectAll()
          .execute(),
      ).slice(0, 1500),
    );
    const attempts = [
      await intruder.submit("intake.answer", { fact: ownersQuestion, [ownersQuestion]: "ja" }),
      await intruder.execute("intake.answer", { fact: "tbsMeasure", tbsMeasure: "nee" }),
      await intruder.say("hervat"),
      await intruder.say("terug"),
      await intruder.submit("intake.choose", { supportPartyId: "lv-ribw-fonteynenburg" }),
      await intruder.execute("intake.choose", { supportPartyId: "lv-ribw-fonteynenburg" }),
      await intruder.say("ja"),
    ];
    console.log(
      "ATTEMPTS",
      JSON.stringify(attempts.map((r) => textsOf(r).concat(cardsOf(r).map((c) => verbsOf(c).join("+"))))),
    );
    let refused = 0;
    for (const replies of attempts) {
      // No question, summary or answer of the owner's intake reaches the landlord.
      expect(
        cardsOf(replies)
          .flatMap((c) => verbsOf(c))
          .filter((v) => v.startsWith("intake.")),
      ).toEqual([]);
      const seen = JSON.stringify(replies);
      for (const secret of [fact, ownersQuestion, "tbsMeasure", "TBS"]) expect(seen).not.toContain(secret);
      refused++;
    }
    expect(refused).toBe(attempts.length);
    expect(await aanmeldingenOf(landlord)).toHaveLength(0);
    expect(await aanmeldingenOf(begeleider)).toHaveLength(0);

    // The owner's intake is untouched: the same question is still open.
    const resumed = cardsOf(await owner.say("hervat")).at(-1)!;
    expect(askedFact(resumed)).toBe(ownersQuestion);
    await owner.say("annuleer");
  });
});

describe("'Dien in' stores one aanmelding, however often it arrives", () => {
  it("parallel identical invokes through /api/messages give one aanmelding and the same kenmerk each", async () => {
    const client = new BotClient(app.url, hulpverlenerMh);
    const first = cardsOf(await client.say("nieuwe aanmelding mh 2022-06-01"))[0]!;
    const { last } = await driveIntake(client, first, mhEligible);
    expect(verbsOf(last)).toContain("intake.choose");
    const before = (await aanmeldingenOf(hulpverlenerMh)).length;
    let partyId = "";
    JSON.stringify(last, (key, value) => {
      if (
        !partyId &&
        value &&
        typeof value === "object" &&
        value.id === "supportPartyId" &&
        Array.isArray(value.choices)
      )
        partyId = value.choices[0]?.value ?? "";
      return value;
    });
    // Choice and candidate details touch only the conversation state; "Dien in" stores.
    await client.submit("intake.choose", { supportPartyId: partyId });
    await client.submit("intake.details", demoCandidate);

    const clicks = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        i % 2 ? client.execute("intake.submit", {}) : client.submit("intake.submit", {}),
      ),
    );
    const stored = await aanmeldingenOf(hulpverlenerMh);
    expect(stored.length - before).toBe(1);
    // Every click names the same aanmelding by its kenmerk (MH-2026-0001);
    // a Teams invoke answers in its invoke response (the card that replaces the clicked one).
    const ids = clicks.map((replies) => kenmerk([JSON.stringify(replies)]));
    expect(stored[0]!.kenmerk).toMatch(/^MH-\d{4}-\d{4}$/);
    for (const id of ids) expect(id).toBe(stored[0]!.kenmerk);
    for (const replies of clicks) expect(JSON.stringify(replies)).not.toMatch(/Er ging iets mis/);

    // A late click on the same card after the save: the same kenmerk, nothing new.
    const late = await client.submit("intake.submit", {});
    expect(kenmerk(textsOf(late))).toBe(stored[0]!.kenmerk);
    expect((await aanmeldingenOf(hulpverlenerMh)).length - before).toBe(1);
  });
});
