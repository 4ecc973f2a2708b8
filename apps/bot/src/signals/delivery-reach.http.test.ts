import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { BotClient, DEMO_TENANT, verbsOf, type Card } from "../testing/bot-client.js";
import { startTestApp } from "../testing/test-app.js";
import { waitFor } from "../playground/testing/wait.js";
import { demo, huurachterstand } from "../testing/signal-fixtures.js";

// Reach (issues 16 and 17): a caseworker who installed the app but never typed gets cards; a
// signal for a party nobody can be reached at is parked as "onbereikbaar", shown to the
// sender and its coordinators, and delivered once a member installs; connector failures are
// retried with backoff and surfaced. Teams-shaped activities through POST /api/messages;
// deliveries read at loopback connectors (the playground's, and a failing stub).

const begeleider = { id: demo.begeleider.teamsUserId, aadObjectId: demo.begeleider.aadObjectId };
const woonconsulent = { id: demo.woonconsulent.teamsUserId, aadObjectId: demo.woonconsulent.aadObjectId };

let store: Store;
let app: RunningApp;
let landlordKey: string;

const api = (path: string, init: { method?: string; body?: unknown; idempotencyKey?: string } = {}) =>
  fetch(`${app.url}${path}`, {
    method: init.method ?? "GET",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${landlordKey}`,
      ...(init.idempotencyKey ? { "idempotency-key": init.idempotencyKey } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });

async function postSignal(key: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const posted = await api("/api/signals", { method: "POST", body: huurachterstand(overrides), idempotencyKey: key });
  expect(posted.status).toBe(201);
  return ((await posted.json()) as { id: string }).id;
}

function cardIn(activity: object | undefined): Card | undefined {
  const attachments = ((activity as { attachments?: unknown } | undefined)?.attachments ?? []) as { content: Card }[];
  return attachments.map((a) => a.content).find((c) => verbsOf(c).some((v) => v.startsWith("signal.")));
}

const cardsFor = (signalId: string) =>
  app
    .playground!.getLog()
    .filter((e) => e.direction === "fromBot" && JSON.stringify(cardIn(e.activity) ?? "").includes(signalId));

function installation(user: { id: string; aadObjectId: string }, conversationId: string, action: "add" | "remove") {
  return new BotClient(app.url, user, { serviceUrl: `${app.url}/connector`, conversationId }).post({
    type: "installationUpdate",
    action,
  });
}

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, workerPollMs: 50 });
  landlordKey = (
    await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "Vidomes systeem" }, { actor: "system:test" })
  ).token;
  // The landlord's caseworker coordinates for Vidomes and has the app in a personal chat.
  const member = await store.members.byTeamsUserId(woonconsulent.id);
  const { teamsUserId, tenantId, displayName, role, partyId } = member!;
  await store.members.upsert(
    { teamsUserId, tenantId, displayName, role, partyId, aadObjectId: woonconsulent.aadObjectId, isCoordinator: true },
    { actor: "system:test" },
  );
  expect((await installation(woonconsulent, "a:personal-woonconsulent", "add")).status).toBe(200);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("a party nobody can reach yet", () => {
  let signalId: string;

  it("parks the card as onbereikbaar (not delivered), tells the sender's coordinator and shows it to the sender", async () => {
    signalId = await postSignal("reach-0001");
    const parked = await waitFor("the card delivery parked", async () =>
      (await store.outbox.forRecord("signal", signalId)).find(
        (d) => d.kind === "teams.signal_card" && d.unreachableAt !== null,
      ),
    );
    expect(parked).toMatchObject({ deliveredAt: null, failedAt: null });
    expect(parked.lastError).toMatch(/onbereikbaar/);
    const notice = await waitFor("the notice in the coordinator's chat", () =>
      app
        .playground!.getLog()
        .find(
          (e) =>
            e.direction === "fromBot" &&
            e.conversationId === "a:personal-woonconsulent" &&
            /Onbereikbaar/.test(JSON.stringify(e.activity)),
        ),
    );
    expect(JSON.stringify(notice.activity)).toContain(signalId.slice(0, 8));
    expect(JSON.stringify(notice.activity)).not.toContain("Testhuurder"); // the notice carries no tenant data
    const view = (await (await api(`/api/signals/${signalId}`)).json()) as { delivery?: { unreachable: string[] } };
    expect(view.delivery?.unreachable).toEqual(["lv-ribw-fonteynenburg"]);
    expect(cardsFor(signalId)).toEqual([]);
  });

  it("delivers it as soon as a member installs the app in a personal chat (installationUpdate, never typed), in their language", async () => {
    // The begeleider chose English earlier in another chat of theirs (user state is per user).
    await new BotClient(app.url, begeleider, { conversationId: "a:personal-begeleider-old" }).post({
      type: "message",
      text: "taal en",
      conversation: {
        id: "a:personal-begeleider-old",
        conversationType: "groupChat",
        isGroup: true,
        tenantId: DEMO_TENANT,
      },
    });
    expect((await installation(begeleider, "a:personal-begeleider", "add")).status).toBe(200);
    const delivered = await waitFor("the card in the begeleider's new chat", () =>
      cardsFor(signalId).find((e) => e.conversationId === "a:personal-begeleider"),
    );
    expect(JSON.stringify(cardIn(delivered.activity))).toContain("Testhuurder Een");
    expect(JSON.stringify(cardIn(delivered.activity))).toContain("Signal: Rent arrears");
    await waitFor("the delivery marked delivered", async () =>
      (await store.outbox.forRecord("signal", signalId)).every((d) => d.deliveredAt !== null) ? true : undefined,
    );
    const view = (await (await api(`/api/signals/${signalId}`)).json()) as { delivery?: { unreachable: string[] } };
    expect(view.delivery?.unreachable).toEqual([]);
  });

  it("forgets the chat when the app is uninstalled from it", async () => {
    const member = await store.members.byTeamsUserId(begeleider.id);
    expect((await store.conversations.personalForParty(member!.partyId)).map((r) => r.conversationId)).toEqual([
      "a:personal-begeleider",
    ]);
    expect((await installation(begeleider, "a:personal-begeleider", "remove")).status).toBe(200);
    expect(await store.conversations.personalForParty(member!.partyId)).toEqual([]);
  });
});

describe("connector failures", () => {
  let stub: Server;
  let stubUrl: string;
  const answers: number[] = [];
  let received = 0;

  beforeAll(async () => {
    stub = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        received += 1;
        const status = answers.shift() ?? 200;
        res.writeHead(status, { "content-type": "application/json" });
        res.end(
          JSON.stringify(
            status < 300 ? { id: `stub-${received}` } : { error: { code: "ServiceError", message: "refused" } },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
    stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => stub.close(() => resolve()));
  });

  it("retries a card the connector refuses with 500, with backoff, records it on the chat, and delivers it", async () => {
    const member = await store.members.byTeamsUserId(begeleider.id);
    await new BotClient(app.url, begeleider, {
      serviceUrl: stubUrl,
      conversationId: "a:personal-begeleider-stub",
    }).post({ type: "installationUpdate", action: "add" });
    answers.push(500, 500);
    const before = received;
    const signalId = await postSignal("reach-0500");
    const retried = await waitFor("a retry scheduled after the 500", async () =>
      (await store.outbox.forRecord("signal", signalId)).find(
        (d) => d.kind === "teams.signal_card" && d.lastError !== null && d.deliveredAt === null,
      ),
    );
    expect(retried.lastError).toMatch(/500|refused/i);
    const ref = (await store.conversations.personalForParty(member!.partyId))[0]!;
    expect(ref.lastError ?? "").toMatch(/HTTP 500/);
    const view = (await (await api(`/api/signals/${signalId}`)).json()) as { delivery?: { retrying: string[] } };
    expect(view.delivery?.retrying).toEqual(["lv-ribw-fonteynenburg"]);
    const done = await waitFor(
      "the card delivered after the retries",
      async () =>
        (await store.outbox.forRecord("signal", signalId)).find(
          (d) => d.kind === "teams.signal_card" && d.deliveredAt !== null,
        ),
      { timeoutMs: 20_000 },
    );
    expect(done.attempts).toBe(3);
    expect(received - before).toBe(3);
    expect((await store.conversations.require(ref.id)).lastError).toBeNull();
  });

  it("a chat where the app was removed everywhere (403) is not 'delivered': it is parked as onbereikbaar", async () => {
    answers.push(403);
    const signalId = await postSignal("reach-0403");
    const parked = await waitFor("the card parked after the 403", async () =>
      (await store.outbox.forRecord("signal", signalId)).find(
        (d) => d.kind === "teams.signal_card" && d.unreachableAt !== null,
      ),
    );
    expect(parked.deliveredAt).toBeNull();
    expect(parked.lastError).toMatch(/app verwijderd/);
  });
});
