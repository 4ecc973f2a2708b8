// Graph reach (issue 16 item 2): a member of a recipient party without a chat gets the app
// installed through Microsoft Graph and then the parked card; the Teams activity feed tells of
// a new signal, a new case, a case assigned to a named colleague, a term nearly due and its
// escalation, with kenmerk and type only. Graph and its token endpoint are a loopback stub that
// checks every request; Teams' side (installationUpdate, the connector) is the app's own local
// connector. Nothing reaches Microsoft's cloud.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { createLogger } from "../logger.js";
import { BotClient, cardsOf } from "../testing/bot-client.js";
import { startTestApp } from "../testing/test-app.js";
import { startGraphStub, type GraphStub } from "../testing/graph-stub.js";
import { demo, huurachterstand } from "../testing/signal-fixtures.js";
import { driveIntake } from "../testing/intake-driver.js";
import { chooseAndSubmit } from "../testing/case-driver.js";
import { deliveredTo, outboxSettled } from "../cases/testing/case-log.js";
import { lvCandidate, lvEligible } from "../cases/testing/lv-case.js";
import { sweepCaseReminders } from "../maintenance/case-reminders.js";
import { waitFor } from "../playground/testing/wait.js";
import { GRAPH_INSTALL_DELIVERY } from "./reach-outbox.js";
import type { ActivityNotificationBody } from "./teams-graph.js";

const DEMO_TENANT = "00000000-0000-0000-0000-000000000001";
const TEAMS_APP_ID = "6f1c8c3e-0d6a-4c59-9a43-7e1d2f7b8a10";
const CATALOG_ID = "e8a1c7b2-5d4f-4a3e-9b1c-2f6d8e0a4b17";
const begeleider = { id: demo.begeleider.teamsUserId, aadObjectId: demo.begeleider.aadObjectId };
const woonconsulent = { id: demo.woonconsulent.teamsUserId, aadObjectId: demo.woonconsulent.aadObjectId };
const casemanager = { id: demo.casemanager.teamsUserId, aadObjectId: demo.casemanager.aadObjectId };
// Not in the demo data: a second Vidomes colleague, and a WoonInvest member.
const colleague = { id: "29:test-woonconsulent-2", aadObjectId: "00000000-0000-0000-0000-0000000000b1" };
const woonInvest = { id: "29:test-wooninvest", aadObjectId: "00000000-0000-0000-0000-0000000000b9" };
// Has the app already (Graph answers 409) but the bot never got its installationUpdate.
const brijder = { id: "29:test-begeleider-brijder", aadObjectId: "00000000-0000-0000-0000-0000000000c1" };
const BRIJDER_CHAT = "19:brijder-personal_00000000-0000-0000-0000-0000000000c1@unq.gbl.spaces";
// What must never reach Graph or the log: the tenant's and candidate's data.
const personal = ["Testhuurder", "2271 AB", "1450", "Jan de Vries", "1988-04-12", "Kliniek De Horst"];

// Monday 2 March 2026: the voordracht's LV.5.4 (an offer within three months) is due 2 June 2026.
let now = new Date("2026-03-02T08:00:00Z");
let store: Store;
let app: RunningApp;
let graph: GraphStub;
let landlordKey: string;
const logLines: string[] = [];

const chat = (who: { id: string; aadObjectId: string }) =>
  new BotClient(app.url, who, { serviceUrl: `${app.url}/connector`, conversationId: `a:personal-${who.id}` });
const install = (who: { id: string; aadObjectId: string }) =>
  chat(who).post({ type: "installationUpdate", action: "add" });
const notificationsTo = (aadObjectId: string) =>
  graph.of("activity", aadObjectId).map((r) => r.body as ActivityNotificationBody);
const notified = (aadObjectId: string, activityType: string, kenmerk: string) =>
  waitFor(`${activityType} for ${kenmerk} in the feed of ${aadObjectId}`, () =>
    notificationsTo(aadObjectId).find((n) => n.activityType === activityType && n.topic.value === kenmerk),
  );

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
    logger: createLogger("info", { write: (line: string) => void logLines.push(line) }),
    graph: { ...secrets, baseUrl: graph.baseUrl, authorityUrl: graph.url, catalogAppId: CATALOG_ID, retryBaseMs: 1 },
  });
  landlordKey = (
    await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "Vidomes systeem" }, { actor: "system:test" })
  ).token;
  // Playing Teams: after Graph installed the app, Teams sends installationUpdate from the new chat.
  const byAad = new Map([begeleider, woonconsulent, casemanager, colleague, woonInvest].map((w) => [w.aadObjectId, w]));
  graph.onInstalled = async (userId) => {
    const who = byAad.get(userId);
    if (who) await install(who);
  };
  graph.installAnswers.set(casemanager.aadObjectId, { statuses: [503, 503, 503], retryAfter: "0" });
  for (const [who, partyId, displayName, role] of [
    [colleague, "lv-vidomes", "Tweede Woonconsulent (Vidomes)", "woonconsulent"],
    [woonInvest, "lv-wooninvest", "Woonconsulent (WoonInvest)", "woonconsulent"],
    [brijder, "lv-brijder", "Begeleider (Brijder)", "begeleider"],
  ] as const) {
    await store.members.upsert(
      {
        teamsUserId: who.id,
        aadObjectId: who.aadObjectId,
        tenantId: DEMO_TENANT,
        displayName,
        role,
        partyId,
      },
      { actor: "system:test" },
    );
  }
  for (const who of [woonconsulent, colleague, woonInvest]) expect((await install(who)).status).toBe(200);
});
afterAll(async () => {
  await app?.close();
  await store?.close();
  await graph?.close();
});

describe("a member with no chat yet: installed through Graph, then the parked card goes out", () => {
  let signalId: string;
  let kenmerk: string;
  let lokaleKamerSignal: string;

  it("installs the app for the begeleider, whose installationUpdate then delivers the card and a feed notification", async () => {
    const posted = await fetch(`${app.url}/api/signals`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${landlordKey}`,
        "idempotency-key": "graph-0001",
      },
      body: JSON.stringify(huurachterstand({ signalDate: "2026-03-02", since: "2026-01-01" })),
    });
    expect(posted.status).toBe(201);
    signalId = ((await posted.json()) as { id: string }).id;
    kenmerk = (await store.signals.get(signalId))!.kenmerk!;
    expect(kenmerk).toMatch(/^HA-2026-\d{4}$/);
    const installRequest = await waitFor(
      "Graph asked to install the app for the begeleider",
      () => graph.of("install", begeleider.aadObjectId)[0],
    );
    expect(installRequest.body).toEqual({
      "teamsApp@odata.bind": `${graph.baseUrl}/appCatalogs/teamsApps/${CATALOG_ID}`,
    });
    const card = await waitFor("the card in the chat Teams opened", () =>
      app
        .playground!.getLog()
        .find(
          (e) =>
            e.direction === "fromBot" &&
            e.conversationId === `a:personal-${begeleider.id}` &&
            JSON.stringify(e.activity ?? "").includes(signalId),
        ),
    );
    expect(JSON.stringify(card.activity)).toContain("Testhuurder Een"); // the card itself carries the data, in the personal chat
    await waitFor("the card delivery done", async () =>
      (await store.outbox.forRecord("signal", signalId)).every((d) => d.deliveredAt !== null) ? true : undefined,
    );

    const feed = await notified(begeleider.aadObjectId, "signalReceived", kenmerk);
    expect(feed).toEqual({
      topic: {
        source: "text",
        value: kenmerk,
        webUrl: expect.stringContaining(
          `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/convenantbot-inbox?context=`,
        ),
      },
      activityType: "signalReceived",
      previewText: { content: `Nieuw signaal ${kenmerk}: Huurachterstand` },
      templateParameters: [
        { name: "kenmerk", value: kenmerk },
        { name: "type", value: "Huurachterstand" },
      ],
      chainId: expect.any(Number),
    });
    expect(decodeURIComponent(feed.topic.webUrl)).toContain(`"subEntityId":"signal:${signalId}"`);
    // One install: the member now has a chat, nothing asks again.
    expect(graph.of("install", begeleider.aadObjectId)).toHaveLength(1);
  });

  it("a Graph failure (503 on install for the Lokale Kamer) leaves the card parked: bounded retries, the error recorded, nothing personal logged", async () => {
    const posted = await fetch(`${app.url}/api/signals`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${landlordKey}`,
        "idempotency-key": "graph-0002",
      },
      body: JSON.stringify(
        huurachterstand({
          signalDate: "2026-03-02",
          since: "2026-01-01",
          caseContext: { supportPartyId: "lv-lokale-kamer" },
        }),
      ),
    });
    expect(posted.status).toBe(201);
    lokaleKamerSignal = ((await posted.json()) as { id: string }).id;
    const member = (await store.members.byTeamsUserId(casemanager.id))!;
    // Graph answered 503 three times (Retry-After: 0): bounded, then the outbox holds the error.
    const failed = await waitFor("the install for the casemanager failed and recorded", async () =>
      (await store.outbox.forRecord("graph-install", member.id)).find(
        (d) => d.kind === GRAPH_INSTALL_DELIVERY && d.lastError !== null,
      ),
    );
    expect(failed.lastError).toMatch(/Graph install: HTTP 503 \(ServiceUnavailable\)/);
    expect(failed.deliveredAt).toBeNull();
    expect(graph.of("install", casemanager.aadObjectId).length).toBeGreaterThanOrEqual(3);
    const parked = (await store.outbox.forRecord("signal", lokaleKamerSignal)).filter(
      (d) => d.kind === "teams.signal_card",
    );
    expect(parked.length).toBeGreaterThan(0);
    expect(parked.every((d) => d.unreachableAt !== null && d.deliveredAt === null)).toBe(true);
    expect(notificationsTo(casemanager.aadObjectId)).toEqual([]);
    // Logged with ids and status only: no Entra object id, no name, no tenant data.
    const failures = logLines.filter((l) => l.includes("graph install failed"));
    expect(failures.length).toBeGreaterThan(0);
    for (const line of failures) {
      expect(line).toMatch(/"status":503/);
      for (const word of [casemanager.aadObjectId, "Demo Casemanager", ...personal]) expect(line).not.toContain(word);
    }
  });

  it("never lost: once the casemanager opens the app, the parked card goes out, with its feed notification", async () => {
    graph.installAnswers.delete(casemanager.aadObjectId);
    expect((await install(casemanager)).status).toBe(200);
    await waitFor("the card in the casemanager's chat", () =>
      app
        .playground!.getLog()
        .find(
          (e) =>
            e.direction === "fromBot" &&
            e.conversationId === `a:personal-${casemanager.id}` &&
            JSON.stringify(e.activity ?? "").includes(lokaleKamerSignal),
        ),
    );
    const lkKenmerk = (await store.signals.get(lokaleKamerSignal))!.kenmerk!;
    await notified(casemanager.aadObjectId, "signalReceived", lkKenmerk);
  });
});

describe("409: the app is installed already but the bot holds no chat", () => {
  it("recovers the personal chat through Graph, stores it with the tenant's serviceUrl and delivers the parked card", async () => {
    graph.installAnswers.set(brijder.aadObjectId, { statuses: [409] });
    graph.installed.set(brijder.aadObjectId, { installationId: "aW5zdGFsbGF0aW9uLWJyaWpkZXI=", chatId: BRIJDER_CHAT });
    const posted = await fetch(`${app.url}/api/signals`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${landlordKey}`,
        "idempotency-key": "graph-0409",
      },
      body: JSON.stringify(
        huurachterstand({
          signalDate: "2026-03-02",
          since: "2026-01-01",
          caseContext: { supportPartyId: "lv-brijder" },
        }),
      ),
    });
    expect(posted.status).toBe(201);
    const signalId = ((await posted.json()) as { id: string }).id;
    const card = await waitFor("the parked card in the recovered chat", () =>
      app
        .playground!.getLog()
        .find(
          (e) =>
            e.direction === "fromBot" &&
            e.conversationId === BRIJDER_CHAT &&
            JSON.stringify(e.activity ?? "").includes(signalId),
        ),
    );
    expect(JSON.stringify(card.activity)).toContain("Testhuurder Een");
    // Graph was asked the documented way: the install (409), the installation, then its chat.
    expect(graph.of("install", brijder.aadObjectId).map((r) => r.status)).toEqual([409]);
    expect(graph.of("installations", brijder.aadObjectId)).toHaveLength(1);
    expect(graph.of("chat", brijder.aadObjectId)).toHaveLength(1);
    const member = (await store.members.byTeamsUserId(brijder.id))!;
    const [ref, ...more] = await store.conversations.forMember(member.id);
    expect(more).toEqual([]);
    expect(ref).toMatchObject({ conversationId: BRIJDER_CHAT, partyId: "lv-brijder", tenantId: DEMO_TENANT });
    // No serviceUrl comes with a Graph chat: the one Teams gave this tenant's other turns.
    expect(ref!.reference).toMatchObject({
      channelId: "msteams",
      serviceUrl: `${app.url}/connector`,
      conversation: { id: BRIJDER_CHAT, conversationType: "personal", tenantId: DEMO_TENANT },
      user: { id: brijder.id, aadObjectId: brijder.aadObjectId },
    });
    await waitFor("the card delivery done", async () =>
      (await store.outbox.forRecord("signal", signalId)).every((d) => d.deliveredAt !== null) ? true : undefined,
    );
    const kenmerk = (await store.signals.get(signalId))!.kenmerk!;
    await notified(brijder.aadObjectId, "signalReceived", kenmerk);
  });
});

describe("cases in the activity feed", () => {
  let aanmeldingId: string;
  let kenmerk: string;

  it("a new case reaches the landlords' feeds, with a link to the case in the tab, not the sender's", async () => {
    const b = chat(begeleider);
    await b.say("help");
    await driveIntake(b, cardsOf(await b.say("nieuwe aanmelding lv"))[0]!, lvEligible);
    ({ aanmeldingId, kenmerk } = await chooseAndSubmit(b, "lv-ribw-fonteynenburg", lvCandidate));
    const feed = await notified(woonconsulent.aadObjectId, "caseReceived", kenmerk);
    expect(feed.previewText.content).toBe(`Nieuwe aanmelding ${kenmerk}: ${feed.templateParameters[1]!.value}`);
    expect(decodeURIComponent(feed.topic.webUrl)).toContain(`"subEntityId":"case:${aanmeldingId}"`);
    // The sender's own copy is no news to the sender.
    expect(notificationsTo(begeleider.aadObjectId).some((n) => n.topic.value === kenmerk)).toBe(false);
    // The case card links to the tab (issue 16 item 4).
    const own = await deliveredTo(app, woonconsulent.id, aanmeldingId, /ingediend/);
    expect(JSON.stringify(own.actions)).toContain(
      `"type":"Action.OpenUrl","title":"Open in Convenantbot","url":"https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/`,
    );

    await notified(woonInvest.aadObjectId, "caseReceived", kenmerk);
  });

  it("assigning the case to a named colleague reaches the colleague's feed, and a term nearly due the owner's", async () => {
    const w = chat(woonconsulent);
    await w.execute("case.act", { aanmeldingId, action: "oppakken" });
    const second = (await store.members.byTeamsUserId(colleague.id))!;
    await w.execute("case.act", { aanmeldingId, action: "toewijzen", assignee: second.id });
    const assigned = await notified(colleague.aadObjectId, "caseAssigned", kenmerk);
    expect(assigned.previewText.content).toMatch(new RegExp(`^Aanmelding ${kenmerk} aan je toegewezen: `));
    await outboxSettled(store, aanmeldingId);

    // T-10 working days before 2 June 2026 (Whit Monday does not count): the reminder goes to the owner.
    now = new Date("2026-05-18T07:00:00Z");
    await sweepCaseReminders(store, now);
    const due = await notified(colleague.aadObjectId, "termNearlyDue", kenmerk);
    expect(due.previewText.content).toMatch(new RegExp(`^Termijn van ${kenmerk} loopt bijna af: `));
    expect(due.templateParameters.map((p) => p.name)).toEqual(["kenmerk", "type"]);
    expect(notificationsTo(woonconsulent.aadObjectId).some((n) => n.activityType === "termNearlyDue")).toBe(false);
  });

  it("the term lapsed: the escalation reaches the feed of whoever the party's escalation reached", async () => {
    // Vidomes has no coordinator in the test data: the ASSUMED fallback is the case's assignee.
    now = new Date("2026-06-03T07:00:00Z");
    const { written } = await sweepCaseReminders(store, now);
    expect(written.length).toBeGreaterThan(0);
    const escalated = await notified(colleague.aadObjectId, "caseEscalated", kenmerk);
    expect(escalated.previewText.content).toMatch(
      new RegExp(`^Termijn van aanmelding ${kenmerk} verstreken, naar je geëscaleerd: `),
    );
    expect(decodeURIComponent(escalated.topic.webUrl)).toContain(`"subEntityId":"case:${aanmeldingId}"`);
  });

  it("every Graph request was well-formed, authenticated with the stub's token and free of personal data", () => {
    expect(graph.problems).toEqual([]);
    expect(graph.of("token").length).toBeGreaterThan(0);
    expect(graph.of("unexpected")).toEqual([]);
    for (const record of graph.records)
      for (const word of personal) expect(JSON.stringify(record.body)).not.toContain(word);
  });
});
