import { afterAll, beforeAll, expect, it } from "vitest";
import { OutboxWorker, openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { createAdapter } from "../adapter.js";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { BotClient } from "../testing/bot-client.js";
import { startTestApp } from "../testing/test-app.js";
import { demo, huurachterstand } from "../testing/signal-fixtures.js";
import { createSignalDeliverer } from "./signal-deliverer.js";
import { SignalPresenter } from "./signal-presenter.js";
import { SIGNAL_CARD_DELIVERY } from "./signal-service.js";

// Bulk delivery (issue 18): one claimed batch of signal cards is delivered with the batch's
// reads and writes done together. What must not change: one card per signal per chat, a
// refresh in the same batch updates that card instead of posting a twin, the card ids are
// stored, and the chat is recorded as reached. Read at the playground's loopback connector.

const PERSONAL = "a:personal-begeleider-batch";
const begeleider = { id: demo.begeleider.teamsUserId, aadObjectId: demo.begeleider.aadObjectId };
let store: Store;
let app: RunningApp;
let landlordKey: string;

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  // No worker of the app's own: the test drains the outbox itself, one batch at a time.
  app = await startTestApp({ store, worker: false });
  landlordKey = (
    await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "Vidomes systeem" }, { actor: "system:test" })
  ).token;
  const personal = new BotClient(app.url, begeleider, { serviceUrl: `${app.url}/connector`, conversationId: PERSONAL });
  expect((await personal.post({ type: "message", text: "help" })).status).toBe(200);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

it("delivers a batch of cards with one card per signal, records them, and updates (not reposts) on a refresh in the same batch", async () => {
  const rows = Array.from({ length: 25 }, (_, i) => ({
    ...huurachterstand({ tenant: { name: `Batchhuurder ${i}`, postcode: "2271 AB", huisnummer: i + 1 } }),
    idempotencyKey: `batch-${i}`,
  }));
  const posted = await fetch(`${app.url}/api/signals/batch`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${landlordKey}`,
      "idempotency-key": "batch-delivery-1",
    },
    body: JSON.stringify(rows),
  });
  expect(posted.status).toBe(200);
  const pending = await store.db
    .selectFrom("outbox")
    .select(["record_id"])
    .where("delivered_at", "is", null)
    .where("kind", "=", SIGNAL_CARD_DELIVERY)
    .execute();
  const signalIds = [...new Set(pending.map((r) => r.record_id!))];
  expect(signalIds).toHaveLength(25);
  // A refresh of the first signal, queued behind its first card: both land in the same batch.
  await store.outbox.enqueue(
    [
      {
        kind: SIGNAL_CARD_DELIVERY,
        target: demo.begeleider.partyId,
        payload: { partyId: demo.begeleider.partyId, refresh: true },
      },
    ],
    {
      type: "signal",
      id: signalIds[0]!,
    },
  );

  const logger = createLogger("silent");
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" });
  const deliver = createSignalDeliverer({
    adapter: createAdapter(config, logger, () => "error"),
    appId: config.MicrosoftAppId,
    store,
    presenter: new SignalPresenter(store, app.signals),
    logger,
  });
  const before = app.playground!.getLog().length;
  const worker = new OutboxWorker(store, {
    workerId: "w-batch-test",
    batchSize: 100,
    concurrency: 8,
    deliver,
    batch: deliver.batch!,
  });
  expect(await worker.drainOnce()).toEqual({ claimed: 26, delivered: 26, retried: 0, failed: 0, unreachable: 0 });

  const fromBot = app
    .playground!.getLog()
    .slice(before)
    .filter((e) => e.direction === "fromBot" && e.conversationId === PERSONAL);
  const newCards = fromBot.filter((e) => e.operation !== "update");
  const updates = fromBot.filter((e) => e.operation === "update");
  expect(newCards).toHaveLength(25);
  expect(updates).toHaveLength(1);
  // One stored card per signal, in the personal chat, and the update went to the first one's activity.
  const chat = (await store.conversations.personalForParty(demo.begeleider.partyId)).find(
    (r) => r.conversationId === PERSONAL,
  )!;
  const cards = await store.signals.cardsMany(signalIds);
  expect(
    signalIds.every((id) => cards.get(id)?.length === 1 && cards.get(id)![0]!.conversationReferenceId === chat.id),
  ).toBe(true);
  expect(updates[0]!.activity?.id).toBe(cards.get(signalIds[0]!)![0]!.activityId);
  expect(chat.lastSuccessAt).not.toBeNull();
  expect((await store.outbox.stats()).pending).toBe(0);
});

it("delivers the same way when called for one delivery outside a batch (its writes are done at once)", async () => {
  const posted = await fetch(`${app.url}/api/signals`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${landlordKey}`,
      "idempotency-key": "single-delivery-1",
    },
    body: JSON.stringify(huurachterstand({ tenant: { name: "Enkelhuurder", postcode: "2271 AB", huisnummer: 99 } })),
  });
  expect(posted.status).toBe(201);
  const { id } = (await posted.json()) as { id: string };
  const logger = createLogger("silent");
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" });
  const deliver = createSignalDeliverer({
    adapter: createAdapter(config, logger, () => "error"),
    appId: config.MicrosoftAppId,
    store,
    presenter: new SignalPresenter(store, app.signals),
    logger,
  });
  const [delivery] = await store.outbox.claim("w-single", { batchSize: 1, leaseMs: 10_000 });
  expect(delivery?.recordId).toBe(id);
  await deliver(delivery!);
  expect(await store.signals.cards(id)).toHaveLength(1);
});
