import { beforeEach, expect, it } from "vitest";
import type { OutboxDelivery } from "../records/delivery.js";
import { describeEachEngine } from "../testing/engines.js";
import { OutboxWorker } from "./outbox-worker.js";
import { PermanentDeliveryError, UnreachableDeliveryError } from "./permanent-delivery-error.js";

const delivery = (n: number) => ({ kind: "test.kind", target: `target-${n}`, payload: { n } });

/** Resolves when `check` holds, polling; bounded so a broken worker fails instead of hanging. */
async function until(check: () => Promise<boolean>, what: string, maxPolls = 400): Promise<void> {
  for (let i = 0; i < maxPolls; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`gave up waiting for: ${what}`);
}

describeEachEngine("OutboxWorker", (ctx) => {
  beforeEach(async () => {
    await ctx.store.db.deleteFrom("outbox").execute();
  });

  it("drains the queue: every delivery delivered once and marked", async () => {
    const ids = await ctx.store.outbox.enqueue(Array.from({ length: 25 }, (_, n) => delivery(n)));
    const seen: string[] = [];
    const worker = new OutboxWorker(ctx.store, {
      workerId: "w-drain",
      batchSize: 10,
      deliver: async (d) => void seen.push(d.id),
    });
    const rounds = [
      await worker.drainOnce(),
      await worker.drainOnce(),
      await worker.drainOnce(),
      await worker.drainOnce(),
    ];
    expect(rounds.map((r) => r.claimed)).toEqual([10, 10, 5, 0]);
    expect(seen).toEqual(ids);
    expect(await ctx.store.outbox.stats()).toEqual({
      pending: 0,
      inFlight: 0,
      delivered: 25,
      failed: 0,
      unreachable: 0,
    });
  });

  it("retries a failed delivery with exponential backoff, then delivers it", async () => {
    ctx.clock.set("2025-03-01T12:00:00.000Z");
    const [id] = await ctx.store.outbox.enqueue([delivery(1)]);
    let calls = 0;
    const worker = new OutboxWorker(ctx.store, {
      workerId: "w-retry",
      backoff: { baseMs: 1_000, maxMs: 60_000 },
      deliver: async () => {
        calls += 1;
        if (calls <= 2) throw new Error(`503 attempt ${calls}`);
      },
    });
    expect(await worker.drainOnce()).toMatchObject({ claimed: 1, retried: 1 });
    expect(await ctx.store.outbox.get(id!)).toMatchObject({
      attempts: 1,
      nextAttemptAt: "2025-03-01T12:00:01.000Z",
      lastError: "Error: 503 attempt 1",
    });
    expect(await worker.drainOnce()).toMatchObject({ claimed: 0 });
    ctx.clock.set("2025-03-01T12:00:01.000Z");
    expect(await worker.drainOnce()).toMatchObject({ claimed: 1, retried: 1 });
    expect((await ctx.store.outbox.get(id!))?.nextAttemptAt).toBe("2025-03-01T12:00:03.000Z");
    ctx.clock.set("2025-03-01T12:00:03.000Z");
    expect(await worker.drainOnce()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await ctx.store.outbox.get(id!)).toMatchObject({
      attempts: 3,
      lastError: null,
      deliveredAt: "2025-03-01T12:00:03.000Z",
    });
  });

  it("parks a delivery on UnreachableDeliveryError (not delivered, not failed) until its target is woken", async () => {
    const [id] = await ctx.store.outbox.enqueue([delivery(7)]);
    let reachable = false;
    const worker = new OutboxWorker(ctx.store, {
      workerId: "w-unreachable",
      deliver: async () => {
        if (!reachable) throw new UnreachableDeliveryError("nobody at target-7");
      },
    });
    expect(await worker.drainOnce()).toMatchObject({ claimed: 1, unreachable: 1, delivered: 0 });
    expect(await ctx.store.outbox.get(id!)).toMatchObject({
      deliveredAt: null,
      failedAt: null,
      lastError: "UnreachableDeliveryError: nobody at target-7",
    });
    expect(await worker.drainOnce()).toMatchObject({ claimed: 0 });
    reachable = true;
    expect(await ctx.store.outbox.wakeUnreachable("target-7")).toBe(1);
    expect(await worker.drainOnce()).toMatchObject({ claimed: 1, delivered: 1 });
    expect((await ctx.store.outbox.get(id!))?.unreachableAt).toBeNull();
  });

  it("gives up at once on a PermanentDeliveryError, and after maxAttempts otherwise", async () => {
    const [permanent, flaky] = await ctx.store.outbox.enqueue([delivery(1), delivery(2)]);
    const worker = new OutboxWorker(ctx.store, {
      workerId: "w-fail",
      maxAttempts: 1,
      deliver: async (d) => {
        if (d.id === permanent) throw new PermanentDeliveryError("403 app removed");
        throw new Error("timeout");
      },
    });
    expect(await worker.drainOnce()).toMatchObject({ claimed: 2, failed: 2 });
    expect(await ctx.store.outbox.get(permanent!)).toMatchObject({
      failedAt: expect.any(String),
      lastError: "PermanentDeliveryError: 403 app removed",
    });
    expect((await ctx.store.outbox.get(flaky!))?.failedAt).not.toBeNull();
  });

  it("aborts a delivery that hangs past its timeout and schedules a retry", async () => {
    const [id] = await ctx.store.outbox.enqueue([delivery(1)]);
    let aborted = false;
    const worker = new OutboxWorker(ctx.store, {
      workerId: "w-hang",
      leaseMs: 2_000,
      deliveryTimeoutMs: 50,
      deliver: (_d, { signal }) =>
        new Promise<void>((_, reject) => {
          signal.addEventListener("abort", () => {
            aborted = true;
            reject(signal.reason);
          });
        }),
    });
    expect(await worker.drainOnce()).toMatchObject({ claimed: 1, retried: 1 });
    expect(aborted).toBe(true);
    expect((await ctx.store.outbox.get(id!))?.lastError).toContain("timed out");
  });

  it("lets two running workers share the queue without delivering anything twice (draining while they do, idle after)", async () => {
    const ids = await ctx.store.outbox.enqueue(Array.from({ length: 60 }, (_, n) => delivery(n)));
    const seen = new Map<string, number>();
    const deliver = async (d: OutboxDelivery) => {
      seen.set(d.id, (seen.get(d.id) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 1));
    };
    const a = new OutboxWorker(ctx.store, { workerId: "w-a", batchSize: 5, pollMs: 10, deliver });
    const b = new OutboxWorker(ctx.store, { workerId: "w-b", batchSize: 5, pollMs: 10, deliver });
    expect(a.isDraining).toBe(false);
    a.start();
    b.start();
    let drainingSeen = false;
    try {
      await until(async () => {
        drainingSeen ||= a.isDraining || b.isDraining;
        return (await ctx.store.outbox.stats()).delivered === 60;
      }, "60 deliveries");
      // Once the queue is empty, a round claims nothing: no longer draining.
      await until(async () => !a.isDraining && !b.isDraining, "both idle");
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    expect(drainingSeen).toBe(true);
    expect([...seen.keys()].sort()).toEqual([...ids].sort());
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  it("stops gracefully: the batch in flight finishes and is marked before stop() resolves", async () => {
    const [id] = await ctx.store.outbox.enqueue([delivery(1)]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = false;
    const worker = new OutboxWorker(ctx.store, {
      workerId: "w-stop",
      pollMs: 10,
      deliver: async () => {
        started = true;
        await gate;
      },
    });
    worker.start();
    await until(async () => started, "delivery started");
    const stopping = worker.stop();
    release();
    await stopping;
    expect(worker.isRunning).toBe(false);
    expect(await ctx.store.outbox.get(id!)).toMatchObject({ deliveredAt: expect.any(String), claimedUntil: null });
  });

  it("refuses a delivery timeout that would outlive the lease", () => {
    expect(
      () =>
        new OutboxWorker(ctx.store, { workerId: "w", leaseMs: 100, deliveryTimeoutMs: 100, deliver: async () => {} }),
    ).toThrow(/deliveryTimeoutMs/);
  });
});
