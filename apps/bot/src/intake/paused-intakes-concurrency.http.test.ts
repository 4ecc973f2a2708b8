// Issue 15 item 3 ("no lost work"): two chats of one caseworker pausing at the same moment both
// keep their intake in the caseworker's paused list, through POST /api/messages. The list is one
// bot-state item; its writes are eTag-checked and retried (updatePausedIndex), so neither wins
// by overwriting the other.
import { describe, expect, it } from "vitest";
import { askedFact, BotClient, cardsOf, walk, type Card, type DemoUser } from "../testing/bot-client.js";
import { answerData } from "../testing/intake-driver.js";
import { openStore } from "@convenantbot/store";
import { useTestApp } from "../testing/test-app.js";
import { gateReads } from "../testing/storage-gate.js";
import { pausedIndexKey } from "./paused-intakes.js";

const begeleider: DemoUser = { id: "29:demo-begeleider", aadObjectId: "00000000-0000-0000-0000-0000000000a2" };
const store = await openStore({ inMemory: true });
// Both turns read the paused list before either writes it: the race, every run.
const gate = gateReads(store.botStorage, (key) => key.startsWith(pausedIndexKey("").replace(/\/$/, "")));
const ctx = useTestApp({ store, clock: () => new Date("2026-11-23T10:00:00Z"), worker: false });

/** The intake ids of every "Ga verder" button in a reply: the paused intakes it lists. */
const resumableIds = (cards: Card[]) => {
  const ids: string[] = [];
  walk(cards, (n) => {
    const data = n["data"] as { intakeId?: unknown } | undefined;
    if (n["verb"] === "intake.resume" && typeof data?.intakeId === "string") ids.push(data.intakeId);
  });
  return [...new Set(ids)].sort();
};
const listed = async () => resumableIds(cardsOf(await new BotClient(ctx.app.url, begeleider).say("mijn aanmeldingen")));

/** A chat with an intake under way: one question answered, so pausing keeps real work. */
async function chatWithWork(command: string): Promise<BotClient> {
  const chat = new BotClient(ctx.app.url, begeleider);
  const first = cardsOf(await chat.say(command)).at(-1)!;
  const fact = askedFact(first)!;
  const value = fact === "landlordCorporation" ? "kw-quawonen" : "true";
  await chat.submit("intake.answer", { ...answerData(first), fact, [fact]: value });
  return chat;
}

describe("two chats pause at the same moment: neither paused intake is lost", () => {
  it("both are listed after pausing at once, the first time (no list yet) and again once the list exists", async () => {
    const lv = await chatWithWork("nieuwe aanmelding lv");
    const kw = await chatWithWork("nieuwe aanmelding kw");
    expect(await listed()).toEqual([]);

    // The list does not exist yet: both chats create it at once.
    gate.arm(2);
    await Promise.all([lv.say("pauze"), kw.say("pauze")]);
    const afterFirst = await listed();
    expect(afterFirst).toHaveLength(2);

    // Each resumes in its own chat (taking itself off the list), then both pause at once again:
    // now two eTag-checked updates of an existing list.
    gate.arm(2);
    await Promise.all([lv.say("hervat"), kw.say("hervat")]);
    expect(await listed()).toEqual([]);
    gate.arm(2);
    await Promise.all([lv.say("pauze"), kw.say("pauze")]);
    expect(await listed()).toEqual(afterFirst);
  });
});
