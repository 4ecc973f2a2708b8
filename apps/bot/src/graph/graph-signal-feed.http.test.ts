// Signals in the Teams activity feed beyond "received" (issue 16 item 2), under KW (seed 001):
// the acknowledgement term nearly due for its owner, the escalation to the coordinator once it
// lapsed, and the Meldpunt Zorg en Overlast handing the signal over to the case's regiehouder
// (KW.MELDPUNT.OVERDRACHT, a forward). Graph is the loopback stub that checks every request;
// nothing reaches Microsoft's cloud, and no tenant's data reaches Graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { BotClient } from "../testing/bot-client.js";
import { startTestApp } from "../testing/test-app.js";
import { startGraphStub, type GraphStub } from "../testing/graph-stub.js";
import { huurachterstand } from "../testing/signal-fixtures.js";
import { waitFor } from "../playground/testing/wait.js";
import { escalateOverdue } from "../maintenance/escalate-overdue.js";
import { remindNearlyDueSignals } from "../maintenance/signal-reminders.js";
import { activityNotifier, GRAPH_ACTIVITY_DELIVERY } from "./reach-outbox.js";
import type { ActivityNotificationBody } from "./teams-graph.js";

const TEAMS_APP_ID = "6f1c8c3e-0d6a-4c59-9a43-7e1d2f7b8a10";
const CATALOG_ID = "e8a1c7b2-5d4f-4a3e-9b1c-2f6d8e0a4b17";
// The demo Meldpunt member is its party's coordinator; the gemeente is the case's regiehouder.
const meldpunt = { id: "29:demo-meldpunt", aadObjectId: "00000000-0000-0000-0000-0000000000a4" };
const gemeente = { id: "29:demo-gemeente", aadObjectId: "00000000-0000-0000-0000-0000000000a5" };
const REGIEHOUDER = "kw-gemeente-krimpenerwaard";
const personal = ["Testhuurder", "2271 AB", "1450"];

// Received Monday 2 March 2026: acknowledgement due Thursday 5 March (ASSUMED 3 working days),
// nearly due on Wednesday 4 March (ASSUMED the last working day before), overdue on Friday 6.
let now = new Date("2026-03-02T08:00:00Z");
let store: Store;
let app: RunningApp;
let graph: GraphStub;
let landlordKey: string;
let signalId: string;
let kenmerk: string;

const chat = (who: { id: string; aadObjectId: string }) =>
  new BotClient(app.url, who, { serviceUrl: `${app.url}/connector`, conversationId: `a:personal-${who.id}` });
const feedOf = (who: { aadObjectId: string }, activityType: string) =>
  graph
    .of("activity", who.aadObjectId)
    .map((r) => r.body as ActivityNotificationBody)
    .filter((n) => n.activityType === activityType && n.topic.value === kenmerk);
const notified = (who: { aadObjectId: string }, activityType: string) =>
  waitFor(`${activityType} for ${kenmerk} in the feed of ${who.aadObjectId}`, () => feedOf(who, activityType)[0]);
/** Every activity notification queued so far was sent (or failed): the counts below are final. */
const feedSettled = () =>
  waitFor("every activity notification sent", async () => {
    const rows = await store.db
      .selectFrom("outbox")
      .select(["delivered_at", "failed_at"])
      .where("kind", "=", GRAPH_ACTIVITY_DELIVERY)
      .execute();
    return rows.every((r) => r.delivered_at !== null || r.failed_at !== null) ? true : undefined;
  });

beforeAll(async () => {
  const secrets = {
    tenantId: "9b3f5c2e-1a7d-4e8b-b6c4-3d2e1f0a9c8b",
    clientId: "2b0e8f5a-4a1c-4f0e-9f55-0c7d9e8a1b23",
    clientSecret: "stub-secret",
  };
  graph = await startGraphStub({ ...secrets, catalogAppId: CATALOG_ID, forbidden: personal });
  store = await openStore({ inMemory: true });
  app = await startTestApp({
    store,
    workerPollMs: 50,
    clock: () => now,
    env: { TEAMS_APP_ID },
    graph: { ...secrets, baseUrl: graph.baseUrl, authorityUrl: graph.url, catalogAppId: CATALOG_ID, retryBaseMs: 1 },
  });
  landlordKey = (
    await store.apiCredentials.issue({ partyId: "kw-quawonen", label: "QuaWonen systeem" }, { actor: "system:test" })
  ).token;
  for (const who of [meldpunt, gemeente])
    expect((await chat(who).post({ type: "installationUpdate", action: "add" })).status).toBe(200);
});
afterAll(async () => {
  await app?.close();
  await store?.close();
  await graph?.close();
});

describe("a KW landlord signal with a regiehouder, in the activity feed", () => {
  it("reaches the Meldpunt and the regiehouder, each told once in the feed", async () => {
    const posted = await fetch(`${app.url}/api/signals`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${landlordKey}`,
        "idempotency-key": "kw-feed-0001",
      },
      body: JSON.stringify(
        huurachterstand({
          rulebook: "kw-huisuitzetting-2019",
          signalDate: "2026-03-02",
          since: "2026-01-01",
          caseContext: { regiehouderPartyId: REGIEHOUDER },
        }),
      ),
    });
    expect(posted.status).toBe(201);
    signalId = ((await posted.json()) as { id: string }).id;
    const stored = (await store.signals.get(signalId))!;
    kenmerk = stored.kenmerk!;
    // KW.MELDING: the Meldpunt and, the case naming one, the regiehouder are first recipients.
    expect([...stored.recipientPartyIds].sort()).toEqual([REGIEHOUDER, "kw-meldpunt-ggd-hm"]);
    await notified(meldpunt, "signalReceived");
    await notified(gemeente, "signalReceived");
  });

  it("the acknowledgement term nearly due: each owner's members told once, however often the sweep runs", async () => {
    const notify = activityNotifier(store);
    now = new Date("2026-03-03T08:00:00Z"); // Tuesday: not yet
    expect((await remindNearlyDueSignals(store, now, notify)).told).toBe(0);
    now = new Date("2026-03-04T07:00:00Z"); // Wednesday, the last working day before the due date
    expect((await remindNearlyDueSignals(store, now, notify)).told).toBe(2);
    await remindNearlyDueSignals(store, now, notify); // a second sweep (every quarter of an hour)
    now = new Date("2026-03-05T07:00:00Z"); // the due date itself: still the same term, nothing new
    await remindNearlyDueSignals(store, now, notify);
    const due = await notified(gemeente, "signalNearlyDue");
    expect(due).toEqual({
      topic: {
        source: "text",
        value: kenmerk,
        webUrl: expect.stringContaining(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/`),
      },
      activityType: "signalNearlyDue",
      previewText: {
        content: `Signaal ${kenmerk} wacht op je bevestiging, de termijn loopt bijna af: Huurachterstand`,
      },
      templateParameters: [
        { name: "kenmerk", value: kenmerk },
        { name: "type", value: "Huurachterstand" },
      ],
      chainId: expect.any(Number),
    });
    expect(decodeURIComponent(due.topic.webUrl)).toContain(`"subEntityId":"signal:${signalId}"`);
    await notified(meldpunt, "signalNearlyDue");
    await feedSettled();
    expect(feedOf(gemeente, "signalNearlyDue")).toHaveLength(1);
    expect(feedOf(meldpunt, "signalNearlyDue")).toHaveLength(1);
  });

  it("the term lapsed: the escalation reaches the Meldpunt's coordinator in the feed", async () => {
    now = new Date("2026-03-06T07:00:00Z");
    const { escalated } = await escalateOverdue(store, now);
    expect(escalated).toContain(`${signalId}:kw-meldpunt-ggd-hm`);
    const escalation = await notified(meldpunt, "signalEscalated");
    expect(escalation.previewText.content).toBe(
      `Termijn van signaal ${kenmerk} verstreken, naar je geëscaleerd: Huurachterstand`,
    );
    expect(decodeURIComponent(escalation.topic.webUrl)).toContain(`"subEntityId":"signal:${signalId}"`);
    // Past the due date nothing is "nearly due" any more.
    expect((await remindNearlyDueSignals(store, now, activityNotifier(store))).told).toBe(0);
    await feedSettled();
    expect(feedOf(meldpunt, "signalEscalated")).toHaveLength(1);
  });

  it("the Meldpunt hands the signal over to the regiehouder: exactly one 'forwarded' in the regiehouder's feed", async () => {
    await chat(meldpunt).execute("signal.doorsturen", { signalId, forwardTo: REGIEHOUDER });
    const lines = (await store.signals.get(signalId))!.history;
    expect(lines.at(-1)?.entry).toMatchObject({ action: "doorsturen", toPartyId: REGIEHOUDER });
    const forwarded = await notified(gemeente, "signalForwarded");
    expect(forwarded).toEqual({
      topic: {
        source: "text",
        value: kenmerk,
        webUrl: expect.stringContaining(
          `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/convenantbot-inbox?context=`,
        ),
      },
      activityType: "signalForwarded",
      previewText: { content: `Signaal ${kenmerk} naar je doorgestuurd: Huurachterstand` },
      templateParameters: [
        { name: "kenmerk", value: kenmerk },
        { name: "type", value: "Huurachterstand" },
      ],
      chainId: expect.any(Number),
    });
    expect(decodeURIComponent(forwarded.topic.webUrl)).toContain(`"subEntityId":"signal:${signalId}"`);
    await waitFor("the cards refreshed", async () =>
      (await store.outbox.forRecord("signal", signalId)).every((d) => d.deliveredAt !== null || d.unreachableAt)
        ? true
        : undefined,
    );
    await feedSettled();
    expect(feedOf(gemeente, "signalForwarded")).toHaveLength(1);
    // The forwarder's own refreshed card is no news to it.
    expect(feedOf(meldpunt, "signalForwarded")).toEqual([]);
  });

  it("the regiehouder's new term nearly due replaces the earlier feed notification (same chainId)", async () => {
    // Forwarded Friday 6 March: the new owner's term is due Wednesday 11 March, nearly due on Tuesday 10.
    now = new Date("2026-03-10T07:00:00Z");
    expect((await remindNearlyDueSignals(store, now, activityNotifier(store))).told).toBe(1);
    await waitFor("a second nearly-due notification for the regiehouder", () =>
      feedOf(gemeente, "signalNearlyDue").length === 2 ? true : undefined,
    );
    const [first, second] = feedOf(gemeente, "signalNearlyDue");
    expect(second!.chainId).toBe(first!.chainId);
  });

  it("every Graph request was well-formed, authenticated and free of personal data", () => {
    expect(graph.problems).toEqual([]);
    expect(graph.of("unexpected")).toEqual([]);
    for (const record of graph.records)
      for (const word of personal) expect(JSON.stringify(record.body)).not.toContain(word);
  });
});
