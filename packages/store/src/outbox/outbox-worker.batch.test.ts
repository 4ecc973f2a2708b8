import { beforeEach, expect, it } from "vitest";
import type { OutboxDelivery } from "../records/delivery.js";
import { describeEachEngine } from "../testing/engines.js";
import { OutboxWorker } from "./outbox-worker.js";

const delivery = (n: number) => ({ kind: "test.batch", target: `target-${n}`, payload: { n } });

describeEachEngine("OutboxWorker in batches", (ctx) => {
  beforeEach(async () => {
    await ctx.store.db.deleteFrom("outbox").execute();
  });

  it("keeps at most `concurrency` deliveries in flight and marks the batch delivered in one go", async () => {
    const ids = await ctx.store.outbox.enqueue(Array.from({ length: 12 }, (_, n) => delivery(n)));
    let inFlight = 0;
    let most = 0;
    const worker = new OutboxWorker(ctx.store, {
      workerId: "w-pool",
      batchSize: 12,
      concurrency: 3,
      deliver: async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight -= 1;
      },
    });
    expect(await worker.drainOnce()).toEqual({ claimed: 12, delivered: 12, retried: 0, failed: 0, unreachable: 0 });
    expect(most).toBe(3);
    const rows = await Promise.all(ids.map((id) => ctx.store.outbox.get(id)));
    expect(rows.every((r) => r?.deliveredAt !== null && r?.claimedUntil === null)).toBe(true);
  });

  it("runs prepare before and settle after the deliveries, before anything is marked delivered", async () => {
    const ids = await ctx.store.outbox.enqueue(Array.from({ length: 4 }, (_, n) => delivery(n)));
    const events: string[] = [];
    const worker = new OutboxWorker(ctx.store, {
      workerId: "w-hooks",
      deliver: async (d) => void events.push(`deliver ${d.id}`),
      batch: {
        prepare: async (batch) => void events.push(`prepare ${batch.length}`),
        settle: async () => {
          const marked = await Promise.all(ids.map((id) => ctx.store.outbox.get(id)));
          events.push(`settle, marked ${marked.filter((r) => r?.deliveredAt !== null).length}`);
        },
      },
    });
    await worker.drainOnce();
    expect(events).toEqual(["prepare 4", ...ids.map((id) => `deliver ${id}`), "settle, marked 0"]);
    expect((await ctx.store.outbox.stats()).delivered).toBe(4);
  });

  it("marks nothing delivered when settle fails: the batch stays claimed and comes back after the lease", async () => {
    ctx.clock.set("2025-03-01T12:00:00.000Z");
    const [id] = await ctx.store.outbox.enqueue([delivery(1)]);
    const worker = new OutboxWorker(ctx.store, {
      workerId: "w-settle",
      leaseMs: 10_000,
      deliver: async () => {},
      batch: { settle: async () => Promise.reject(new Error("database away")) },
    });
    await expect(worker.drainOnce()).rejects.toThrow("database away");
    expect(await ctx.store.outbox.get(id!)).toMatchObject({ deliveredAt: null, claimedBy: "w-settle" });
    ctx.clock.set("2025-03-01T12:00:10.000Z");
    const again: OutboxDelivery[] = [];
    const rescuer = new OutboxWorker(ctx.store, { workerId: "w-rescuer", deliver: async (d) => void again.push(d) });
    expect(await rescuer.drainOnce()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(again.map((d) => [d.id, d.attempts])).toEqual([[id, 2]]);
  });

  it("releases the deliveries it could not start within the lease, with the claimed attempt undone", async () => {
    const ids = await ctx.store.outbox.enqueue(Array.from({ length: 20 }, (_, n) => delivery(n)));
    // Lease 4 s, timeout 0.5 s: nothing may start later than 3.1 s after the claim, so one
    // lane of 300 ms deliveries gets through part of the 20 and gives the rest back.
    const worker = new OutboxWorker(ctx.store, {
      workerId: "w-late",
      concurrency: 1,
      leaseMs: 4_000,
      deliveryTimeoutMs: 500,
      deliver: () => new Promise<void>((resolve) => setTimeout(resolve, 300)),
    });
    const result = await worker.drainOnce();
    expect(result.claimed).toBe(20);
    expect(result.delivered).toBeGreaterThan(0);
    expect(result.delivered).toBeLessThan(20);
    const rows = await Promise.all(ids.map((id) => ctx.store.outbox.get(id)));
    const released = rows.filter((r) => r?.deliveredAt === null);
    expect(released).toHaveLength(20 - result.delivered);
    expect(released.every((r) => r?.claimedBy === null && r.claimedUntil === null && r.attempts === 0)).toBe(true);
    // Due at once: the next round takes them.
    const next = new OutboxWorker(ctx.store, { workerId: "w-next", deliver: async () => {} });
    expect(await next.drainOnce()).toMatchObject({ claimed: released.length, delivered: released.length });
  });

  it("while the process is busy, claims small batches (poked all the while) and still delivers everything; a full batch again when not", async () => {
    await ctx.store.outbox.enqueue(Array.from({ length: 25 }, (_, n) => delivery(n)));
    let busy = true;
    const batches: number[] = [];
    const worker = new OutboxWorker(ctx.store, {
      workerId: "w-busy",
      pollMs: 20,
      deliver: async () => {},
      busy: { when: () => busy, batchSize: 4, pauseMs: 30 },
      batch: { prepare: async (batch) => void batches.push(batch.length) },
    });
    const poking = setInterval(() => worker.poke(), 1);
    worker.start();
    try {
      await waitFor(async () => (await ctx.store.outbox.stats()).delivered === 25);
      expect(Math.max(...batches)).toBe(4);
      expect(batches.reduce((a, b) => a + b, 0)).toBe(25);
      // Not busy any more: the next round takes a full batch at once.
      batches.length = 0;
      busy = false;
      await ctx.store.outbox.enqueue(Array.from({ length: 30 }, (_, n) => delivery(100 + n)));
      worker.poke();
      await waitFor(async () => (await ctx.store.outbox.stats()).delivered === 55);
      expect(batches).toContain(30);
    } finally {
      clearInterval(poking);
      await worker.stop();
    }
  });
});

async function waitFor(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("waited 10 s");
}
