import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { BotClient, DEMO_TENANT, verbsOf, type Card } from "../testing/bot-client.js";
import { startTestApp } from "../testing/test-app.js";
import { waitFor } from "../playground/testing/wait.js";
import { demo, huurachterstand } from "../testing/signal-fixtures.js";

// Privacy regression (issue 16): after one "@Convenantbot help" in a group chat, every later
// signal card of the party was also posted there, with the tenant's name, postcode and
// arrears, in front of people of other organisations. Teams-shaped turns through the real
// endpoint, then a signal post; what lands where is read at the loopback connector.

const begeleider = { id: demo.begeleider.teamsUserId, aadObjectId: demo.begeleider.aadObjectId };
const GROUP_CHAT = "19:groep-met-verhuurder@thread.v2";
const CHANNEL = "19:kanaal-regio@thread.tacv2";
const CHANNEL_POST = `${CHANNEL};messageid=1700000000000`;
const PERSONAL = "a:personal-begeleider-privacy";

let store: Store;
let app: RunningApp;
let landlordKey: string;

const mention = {
  type: "mention",
  text: "<at>Convenantbot</at>",
  mentioned: { id: "28:convenantbot", name: "Convenantbot" },
};

function signalCardIn(activity: object | undefined): Card | undefined {
  const attachments = ((activity as { attachments?: unknown } | undefined)?.attachments ?? []) as { content: Card }[];
  return attachments.map((a) => a.content).find((c) => verbsOf(c).some((v) => v.startsWith("signal.")));
}

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, workerPollMs: 50 });
  landlordKey = (
    await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "Vidomes systeem" }, { actor: "system:test" })
  ).token;
  // The begeleider coordinates for RIBW Fonteynenburg (may configure a team channel).
  const member = await store.members.byTeamsUserId(begeleider.id);
  const { teamsUserId, tenantId, displayName, role, partyId } = member!;
  await store.members.upsert(
    { teamsUserId, tenantId, displayName, role, partyId, aadObjectId: begeleider.aadObjectId, isCoordinator: true },
    { actor: "system:test" },
  );
  const serviceUrl = `${app.url}/connector`;
  const personal = new BotClient(app.url, begeleider, { serviceUrl, conversationId: PERSONAL });
  expect((await personal.post({ type: "message", text: "help" })).status).toBe(200);
  const group = new BotClient(app.url, begeleider, { serviceUrl, conversationId: GROUP_CHAT });
  expect(
    (
      await group.post({
        type: "message",
        text: "<at>Convenantbot</at> help",
        entities: [mention],
        conversation: { id: GROUP_CHAT, conversationType: "groupChat", isGroup: true, tenantId: DEMO_TENANT },
      })
    ).status,
  ).toBe(200);
  const channel = new BotClient(app.url, begeleider, { serviceUrl, conversationId: CHANNEL_POST });
  expect(
    (
      await channel.post({
        type: "message",
        text: "<at>Convenantbot</at> help",
        entities: [mention],
        conversation: { id: CHANNEL_POST, conversationType: "channel", isGroup: true, tenantId: DEMO_TENANT },
        channelData: { tenant: { id: DEMO_TENANT }, team: { id: "19:team@thread.tacv2" }, channel: { id: CHANNEL } },
      })
    ).status,
  ).toBe(200);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("a party's signal cards go only to its members' personal chats", () => {
  it("stores no group chat or channel reference for a member's turn", async () => {
    const member = await store.members.byTeamsUserId(begeleider.id);
    const stored = await store.conversations.forParty(member!.partyId);
    expect(stored.map((r) => r.conversationId)).toEqual([PERSONAL]);
    expect((await store.conversations.personalForParty(member!.partyId)).map((r) => r.conversationId)).toEqual([
      PERSONAL,
    ]);
  });

  it("delivers the card with the tenant's data to the personal chat, and nothing to the group chat or the channel", async () => {
    const posted = await fetch(`${app.url}/api/signals`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${landlordKey}`,
        "idempotency-key": "privacy-0001",
      },
      body: JSON.stringify(huurachterstand()),
    });
    expect(posted.status).toBe(201);
    const { id } = (await posted.json()) as { id: string };
    await waitFor("the card delivery marked done", async () =>
      (await store.outbox.forRecord("signal", id)).every((d) => d.deliveredAt !== null || d.failedAt !== null)
        ? true
        : undefined,
    );
    const fromBot = app.playground!.getLog().filter((e) => e.direction === "fromBot" && signalCardIn(e.activity));
    const landed = fromBot.filter((e) => JSON.stringify(signalCardIn(e.activity)).includes(id));
    expect(landed.map((e) => e.conversationId)).toEqual([PERSONAL]);
    expect(JSON.stringify(signalCardIn(landed[0]!.activity))).toContain("Testhuurder Een");
    // Nothing at all (no card, no text) reached the shared conversations after their own help replies.
    const shared = app
      .playground!.getLog()
      .filter((e) => e.direction === "fromBot" && [GROUP_CHAT, CHANNEL_POST, CHANNEL].includes(e.conversationId));
    expect(shared).toEqual([]);
  });
});

describe("a team channel only where a party configured it, with a redacted notice", () => {
  const channelTurn = (user: { id: string; aadObjectId: string }, text: string) =>
    new BotClient(app.url, user, { serviceUrl: `${app.url}/connector`, conversationId: CHANNEL_POST }).post({
      type: "message",
      text: `<at>Convenantbot</at> ${text}`,
      entities: [mention],
      conversation: { id: CHANNEL_POST, conversationType: "channel", isGroup: true, tenantId: DEMO_TENANT },
      channelData: { tenant: { id: DEMO_TENANT }, team: { id: "19:team@thread.tacv2" }, channel: { id: CHANNEL } },
    });

  it("only a coordinator, only in a channel, can configure it", async () => {
    const casemanager = { id: demo.casemanager.teamsUserId, aadObjectId: demo.casemanager.aadObjectId };
    const refused = await channelTurn(casemanager, "kanaal signalen");
    expect(JSON.stringify(refused.activities)).toMatch(/Alleen een convenantcoördinator/);
    const personal = await new BotClient(app.url, begeleider, {
      serviceUrl: `${app.url}/connector`,
      conversationId: PERSONAL,
    }).say("kanaal signalen");
    expect(JSON.stringify(personal)).toMatch(/alleen in een teamkanaal/);
    const done = await channelTurn(begeleider, "kanaal signalen");
    expect(JSON.stringify(done.activities)).toMatch(/zonder persoonsgegevens/);
    expect((await store.conversations.channelsForParty("lv-ribw-fonteynenburg")).map((r) => r.conversationId)).toEqual([
      CHANNEL,
    ]);
  });

  it("the channel gets a notice without the tenant's data; the card itself only the personal chat", async () => {
    const posted = await fetch(`${app.url}/api/signals`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${landlordKey}`,
        "idempotency-key": "privacy-0002",
      },
      body: JSON.stringify(huurachterstand()),
    });
    const { id } = (await posted.json()) as { id: string };
    const notice = await waitFor("the notice in the channel", () =>
      app
        .playground!.getLog()
        .find(
          (e) =>
            e.direction === "fromBot" &&
            e.conversationId === CHANNEL &&
            JSON.stringify(e.activity).includes(id.slice(0, 8)),
        ),
    );
    const shown = JSON.stringify(notice.activity);
    expect(shown).toMatch(/Nieuw signaal/);
    for (const personal of ["Testhuurder", "2271 AB", "1450"]) expect(shown).not.toContain(personal);
    expect(signalCardIn(notice.activity)).toBeUndefined();
    await waitFor("the card in the personal chat", () =>
      app
        .playground!.getLog()
        .find((e) => e.conversationId === PERSONAL && JSON.stringify(signalCardIn(e.activity) ?? "").includes(id)),
    );
    expect(
      app.playground!.getLog().filter((e) => e.direction === "fromBot" && e.conversationId === CHANNEL).length,
    ).toBe(1);
  });

  it("'kanaal uit' stops it", async () => {
    await channelTurn(begeleider, "kanaal uit");
    expect(await store.conversations.channelsForParty("lv-ribw-fonteynenburg")).toEqual([]);
  });
});
