import { ActivityHandler } from "botbuilder";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_TENANT_ID } from "../config.js";
import { deliveriesTo } from "./testing/deliveries.js";
import { DirectLineTestClient, fromBot, requestJson, textIs } from "./testing/direct-line-client.js";
import { EchoBot } from "./testing/echo-bot.js";
import { startPlaygroundServer, type PlaygroundServer } from "./testing/playground-server.js";
import { referenceOf, sendProactive, updateText } from "./testing/proactive.js";

/**
 * Direct Line in, Bot Connector out, with a real botbuilder CloudAdapter (no app id, as in
 * local mode) and an echo bot, all on 127.0.0.1.
 */
describe("playground round trip with a real CloudAdapter", () => {
  let server: PlaygroundServer;
  let bot: EchoBot;

  beforeAll(async () => {
    bot = new EchoBot();
    server = await startPlaygroundServer({ bot });
  });
  afterAll(async () => server.close());

  it("welcomes the user when the conversation starts (conversationUpdate to the bot)", async () => {
    const client = await DirectLineTestClient.start(server.baseUrl, { id: "u-welkom", name: "Wim" });
    const welcome = await client.waitForActivity("welcome", textIs("Welkom, Wim"));
    expect(welcome.from?.role).toBe("bot");
    const update = bot.received.find(
      (a) => a.type === "conversationUpdate" && a.conversation?.id === client.conversationId,
    );
    expect(update?.membersAdded?.map((m) => m.id)).toEqual(["convenantbot", "u-welkom"]);
    expect(update?.channelData).toEqual({ tenant: { id: DEMO_TENANT_ID } });
  });

  it("delivers a user message to the bot as the channel would and returns the reply by polling", async () => {
    const client = await DirectLineTestClient.start(server.baseUrl, { id: "u-anna", name: "Anna" });
    const id = await client.post({
      text: "hallo",
      channelData: { clientActivityID: "c-1", tenant: { id: DEMO_TENANT_ID } },
    });
    expect(id).toMatch(new RegExp(`^${client.conversationId}\\|\\d{7}$`));

    const received = bot.received.find((a) => a.id === id);
    expect(received).toMatchObject({
      type: "message",
      text: "hallo",
      channelId: "directline",
      serviceUrl: server.serviceUrl,
      conversation: { id: client.conversationId, tenantId: DEMO_TENANT_ID },
      from: { id: "u-anna", name: "Anna", role: "user" },
      recipient: { id: "convenantbot", role: "bot" },
      channelData: { clientActivityID: "c-1", tenant: { id: DEMO_TENANT_ID } },
    });
    expect(Number.isNaN(Date.parse(String(received?.timestamp)))).toBe(false);

    // The POST waited for the bot's turn, so the echo of the user's message (Web Chat waits
    // for it) and the bot's reply are both there on the next poll.
    const activities = await client.poll();
    const echo = activities.find((a) => a.id === id);
    expect(echo?.channelData).toMatchObject({ clientActivityID: "c-1" });
    const reply = activities.find(textIs("Echo: hallo"));
    expect(reply).toMatchObject({
      replyToId: id,
      from: { id: "convenantbot", role: "bot" },
      recipient: { id: "u-anna" },
    });
    expect(activities.indexOf(echo!)).toBeLessThan(activities.indexOf(reply!));
  });

  it("keeps watermark semantics: only newer activities after a watermark, all without one", async () => {
    const client = await DirectLineTestClient.start(server.baseUrl, { id: "u-wm", name: "Wout" });
    await client.post({ text: "een" });
    const first = await client.poll();
    const afterFirst = Number(client.watermark);
    // Welcome, "een", "Echo: een": one watermark step per delivered activity.
    expect(first.map((a) => a.text)).toEqual(["Welkom, Wout", "een", "Echo: een"]);
    expect(afterFirst).toBe(3);
    expect(await client.poll()).toEqual([]);
    expect(client.watermark).toBe(String(afterFirst));

    await client.post({ text: "twee" });
    const second = await client.poll();
    expect(second.map((a) => a.text)).toEqual(["twee", "Echo: twee"]);
    expect(Number(client.watermark)).toBe(afterFirst + 2);

    const everything = await requestJson<{ activities: { text?: string }[]; watermark: string }>(
      `${server.baseUrl}/v3/directline/conversations/${client.conversationId}/activities?watermark=`,
      { token: client.token },
    );
    expect(everything.body.activities.map((a) => a.text)).toEqual([...first.map((a) => a.text), "twee", "Echo: twee"]);
    expect(everything.body.watermark).toBe(client.watermark);
  });

  it("updates an activity in place: same id, new watermark, old timestamp, one copy for a fresh reader", async () => {
    const client = await DirectLineTestClient.start(server.baseUrl, { id: "u-upd", name: "Uri" });
    await client.post({ text: "versie 1" });
    await client.poll();
    const original = client.seen.find(textIs("Echo: versie 1"))!;
    const before = Number(client.watermark);
    const userMessage = bot.received.find(
      (a) => a.text === "versie 1" && a.conversation?.id === client.conversationId,
    )!;

    await updateText(server, referenceOf(userMessage as never), original.id!, "versie 2");

    const updates = await client.poll();
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ id: original.id, text: "versie 2", timestamp: original.timestamp });
    expect(Number(client.watermark)).toBe(before + 1);

    const fresh = await requestJson<{ activities: { id?: string; text?: string }[] }>(
      `${server.baseUrl}/v3/directline/conversations/${client.conversationId}/activities`,
      { token: client.token },
    );
    expect(fresh.body.activities.filter((a) => a.id === original.id).map((a) => a.text)).toEqual(["versie 2"]);
    expect(server.playground.getLog().some((e) => e.operation === "update" && e.activity?.id === original.id)).toBe(
      true,
    );
  });

  it("creates a conversation for a proactive message that the member's later Web Chat session resumes", async () => {
    const conversationId = await sendProactive(server, { id: "u-later", name: "Lotte" }, "Nieuw signaal voor u");
    expect(server.playground.conversationOf("u-later")).toBe(conversationId);
    const delivered = server.playground.getLog().filter((e) => e.direction === "fromBot" && e.userId === "u-later");
    // botbuilder sends inside createConversationAsync as a reply to its synthetic create
    // event (whose id is the conversation id), hence "reply" rather than "post".
    expect(delivered.map((e) => e.operation)).toEqual(["createConversation", "reply"]);
    expect(delivered[1]?.activity?.text).toBe("Nieuw signaal voor u");

    const client = await DirectLineTestClient.start(server.baseUrl, { id: "u-later", name: "Lotte" });
    expect(client.conversationId).toBe(conversationId);
    expect((await client.poll()).map((a) => a.text)).toEqual(["Nieuw signaal voor u"]);
  });

  it("puts a proactive message to a member with an open conversation into that conversation", async () => {
    const client = await DirectLineTestClient.start(server.baseUrl, { id: "u-open", name: "Olga" });
    await client.poll();
    const conversationId = await sendProactive(server, { id: "u-open", name: "Olga" }, "Signaal terwijl u online bent");
    expect(conversationId).toBe(client.conversationId);
    expect((await client.poll()).filter(fromBot).map((a) => a.text)).toEqual(["Signaal terwijl u online bent"]);
    expect(deliveriesTo(server.playground, "u-open")).toEqual(["Welkom, Olga", "Signaal terwijl u online bent"]);
  });

  it("continues a conversation from a stored reference, also one this server no longer knows", async () => {
    const client = await DirectLineTestClient.start(server.baseUrl, { id: "u-ref", name: "Ruud" });
    await client.post({ text: "onthoud mij" });
    const reference = referenceOf(bot.received.find((a) => a.text === "onthoud mij")! as never);
    await server.adapter.continueConversationAsync("", reference, async (context) => {
      await context.sendActivity("Herinnering");
    });
    const reminder = await client.waitForActivity("reminder", textIs("Herinnering"));
    // botbuilder set replyToId to its synthetic continue event; Web Chat would hold the
    // message 5 s looking for it, so the connector drops ids that point at nothing.
    expect(reminder.replyToId).toBeUndefined();

    // After a playground restart the bot still holds old references: the send is adopted.
    const stale = {
      ...reference,
      conversation: { ...reference.conversation!, id: "verdwenen-gesprek" },
      user: { id: "u-stale", name: "Stijn" },
    };
    await server.adapter.continueConversationAsync("", stale, async (context) => {
      await context.sendActivity("Na herstart");
    });
    expect(server.playground.conversationOf("u-stale")).toBe("verdwenen-gesprek");
    expect(server.playground.activitiesOf("verdwenen-gesprek").map((a) => a.text)).toEqual(["Na herstart"]);
  });

  it("starts a fresh conversation on request instead of resuming", async () => {
    const first = await DirectLineTestClient.start(server.baseUrl, { id: "u-fresh", name: "Fleur" });
    const resumed = await DirectLineTestClient.start(server.baseUrl, { id: "u-fresh", name: "Fleur" });
    const fresh = await DirectLineTestClient.start(server.baseUrl, { id: "u-fresh", name: "Fleur" }, { fresh: true });
    expect(resumed.conversationId).toBe(first.conversationId);
    expect(fresh.conversationId).not.toBe(first.conversationId);
    expect(server.playground.conversationOf("u-fresh")).toBe(fresh.conversationId);
  });
});

describe("playground when the bot fails", () => {
  let server: PlaygroundServer;

  beforeAll(async () => {
    const broken = new ActivityHandler();
    broken.onMessage(async () => {
      throw new Error("kapot");
    });
    server = await startPlaygroundServer({ bot: broken });
  });
  afterAll(async () => server.close());

  it("answers 502 BotError in both languages, and logs the undelivered activity", async () => {
    const client = await DirectLineTestClient.start(server.baseUrl, { id: "u-502" });
    const result = await requestJson<{ error: { code: string; message: string } }>(
      `${server.baseUrl}/v3/directline/conversations/${client.conversationId}/activities`,
      { method: "POST", token: client.token, body: { type: "message", text: "hallo" } },
    );
    expect(result.status).toBe(502);
    expect(result.body.error.code).toBe("BotError");
    expect(result.body.error.message).toMatch(
      /De bot nam het bericht niet aan .* \/ the bot did not accept the activity/,
    );
    const entry = server.playground.getLog().find((e) => e.direction === "toBot" && e.activity?.text === "hallo");
    expect(entry?.delivered).toBe(false);
  });
});
