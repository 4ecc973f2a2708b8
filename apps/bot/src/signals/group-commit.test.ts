import { openStore, seedDemoData, type Store } from "@convenantbot/store";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { huurachterstand, LANDLORD_SENDER } from "../testing/signal-fixtures.js";
import { SignalService } from "./signal-service.js";

describe("single signals committed together (group commit)", () => {
  let store: Store;
  let service: SignalService;
  beforeAll(async () => {
    store = await openStore({ inMemory: true });
    await seedDemoData(store);
    service = new SignalService(store);
  });
  afterAll(async () => store?.close());

  const post = (
    n: number,
    body: unknown = huurachterstand({ tenant: { name: `Huurder ${n}`, postcode: "2271 AB", huisnummer: n + 1 } }),
  ) => service.submit({ body, sender: LANDLORD_SENDER, idempotencyKey: `gc-${n}`, correlationId: `corr-gc-${n}` });

  it("stores 30 concurrent POSTs in fewer transactions than signals, each with its own kenmerk, audit row and answer", async () => {
    const createMany = vi.spyOn(store.signals, "createMany");
    const create = vi.spyOn(store.signals, "create");
    const answers = await Promise.all(Array.from({ length: 30 }, (_, n) => post(n)));
    const calls = createMany.mock.calls.length + create.mock.calls.length;
    createMany.mockRestore();
    create.mockRestore();
    // The first finds no commit running and goes alone; the others wait behind it together.
    expect(calls).toBeGreaterThan(1);
    expect(calls).toBeLessThan(30);
    expect(answers.every((a) => a.created)).toBe(true);
    expect(new Set(answers.map((a) => a.signal.kenmerk)).size).toBe(30);
    for (const [n, answer] of answers.entries()) {
      expect((answer.signal.payload as { tenant: { huisnummer: number } }).tenant.huisnummer).toBe(n + 1);
      const [audit] = await store.audit.forRecord("signal", answer.signal.id);
      expect(audit).toMatchObject({ actor: LANDLORD_SENDER.actor, correlationId: `corr-gc-${n}` });
      expect(await store.outbox.forRecord("signal", answer.signal.id)).toHaveLength(1);
    }
    // A repeat of a key answers the first signal, also inside a group.
    const again = await Promise.all([post(3), post(4), post(99)]);
    expect(again.map((a) => a.created)).toEqual([false, false, true]);
    expect(again[0]!.signal.id).toBe(answers[3]!.signal.id);
  });

  it("a key reused for other content fails that request only; the others of its group are stored", async () => {
    await post(200);
    const results = await Promise.allSettled([
      post(201),
      post(200, huurachterstand({ monthsInArrears: 5 })), // same key, other content
      post(202),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ kind: "conflict" });
  });

  it("when the shared transaction fails, each signal is tried alone and gets its own answer", async () => {
    const realMany = store.signals.createMany.bind(store.signals);
    const createMany = vi
      .spyOn(store.signals, "createMany")
      .mockImplementationOnce(async () => Promise.reject(new Error("connection lost")))
      .mockImplementation(realMany);
    const first = post(300); // alone: no commit running
    const group = [post(301), post(302)]; // these two share the failing call
    const answers = await Promise.all([first, ...group]);
    expect(createMany).toHaveBeenCalledTimes(1); // the failed shared call; the retries go alone
    createMany.mockRestore();
    expect(answers.map((a) => a.created)).toEqual([true, true, true]);
    expect(await store.signals.require(answers[2]!.signal.id)).toMatchObject({ id: answers[2]!.signal.id });
  });
});
