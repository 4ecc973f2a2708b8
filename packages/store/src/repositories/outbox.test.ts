import { beforeEach, expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";

const T0 = new Date("2025-03-01T12:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const delivery = (n: number) => ({ kind: "test.kind", target: `target-${n}`, payload: { n } });

describeEachEngine("outbox repository", (ctx) => {
  beforeEach(async () => {
    // One store per file: start each test with an empty queue.
    await ctx.store.db.deleteFrom("outbox").execute();
    ctx.clock.set(T0);
  });

  it("claims due deliveries in queue order, counting the attempt and recording the claimant", async () => {
    const ids = await ctx.store.outbox.enqueue([delivery(1), delivery(2), delivery(3)], { type: "test", id: "r1" });
    const batch = await ctx.store.outbox.claim("w1", { batchSize: 2, leaseMs: 10_000 });
    expect(batch.map((d) => d.id)).toEqual(ids.slice(0, 2));
    expect(batch[0]).toMatchObject({
      attempts: 1,
      kind: "test.kind",
      payload: { n: 1 },
      recordType: "test",
      recordId: "r1",
    });
    expect(await ctx.store.outbox.get(ids[0]!)).toMatchObject({
      claimedBy: "w1",
      claimedUntil: at(10_000).toISOString(),
    });
  });

  it("does not hand a claimed delivery to another worker until the lease has passed", async () => {
    const [id] = await ctx.store.outbox.enqueue([delivery(1)]);
    expect((await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 5_000 })).map((d) => d.id)).toEqual([id]);
    expect(await ctx.store.outbox.claim("w2", { batchSize: 10, leaseMs: 5_000, now: at(4_999) })).toEqual([]);
    const reclaimed = await ctx.store.outbox.claim("w2", { batchSize: 10, leaseMs: 5_000, now: at(5_000) });
    expect(reclaimed).toEqual([expect.objectContaining({ id, attempts: 2 })]);
    expect((await ctx.store.outbox.get(id!))?.claimedBy).toBe("w2");
  });

  it("marks delivered idempotently; a delivered row is never claimed again", async () => {
    const [id] = await ctx.store.outbox.enqueue([delivery(1)]);
    await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000 });
    expect(await ctx.store.outbox.markDelivered(id!)).toBe(true);
    expect(await ctx.store.outbox.markDelivered(id!)).toBe(false);
    expect(await ctx.store.outbox.claim("w2", { batchSize: 10, leaseMs: 1_000, now: at(60_000) })).toEqual([]);
    expect((await ctx.store.outbox.get(id!))?.deliveredAt).toBe(T0.toISOString());
  });

  it("schedules a retry only for the worker holding the claim", async () => {
    const [id] = await ctx.store.outbox.enqueue([delivery(1)]);
    await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000 });
    expect(await ctx.store.outbox.markRetry(id!, "someone-else", "boom", at(100))).toBe(false);
    expect(await ctx.store.outbox.markRetry(id!, "w1", "503 Service Unavailable", at(2_000))).toBe(true);
    expect(await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000, now: at(1_999) })).toEqual([]);
    expect(await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000, now: at(2_000) })).toEqual([
      expect.objectContaining({ id, attempts: 2 }),
    ]);
    expect((await ctx.store.outbox.get(id!))?.lastError).toBe("503 Service Unavailable");
  });

  it("keeps a failed delivery visible and lets an operator requeue it", async () => {
    const [id] = await ctx.store.outbox.enqueue([delivery(1)]);
    await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000 });
    expect(await ctx.store.outbox.markFailed(id!, "w1", "403 app removed")).toBe(true);
    expect(await ctx.store.outbox.stats()).toEqual({
      pending: 0,
      inFlight: 0,
      delivered: 0,
      failed: 1,
      unreachable: 0,
    });
    expect(await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000, now: at(86_400_000) })).toEqual([]);
    expect(await ctx.store.outbox.requeue(id!)).toBe(true);
    expect((await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000 })).map((d) => d.id)).toEqual([id]);
  });

  it("holds a delivery until its notBefore", async () => {
    const [id] = await ctx.store.outbox.enqueue([{ ...delivery(1), notBefore: at(60_000).toISOString() }]);
    expect(await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000 })).toEqual([]);
    expect(
      (await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000, now: at(60_000) })).map((d) => d.id),
    ).toEqual([id]);
  });

  it("counts pending, in-flight and delivered rows", async () => {
    const ids = await ctx.store.outbox.enqueue([delivery(1), delivery(2), delivery(3)]);
    await ctx.store.outbox.claim("w1", { batchSize: 2, leaseMs: 1_000 });
    await ctx.store.outbox.markDelivered(ids[0]!);
    expect(await ctx.store.outbox.stats()).toEqual({
      pending: 1,
      inFlight: 1,
      delivered: 1,
      failed: 0,
      unreachable: 0,
    });
  });

  it("refuses an invalid delivery as invalid, naming the field", async () => {
    await expect(ctx.store.outbox.enqueue([{ kind: "k", target: "", payload: {} }])).rejects.toMatchObject({
      kind: "invalid",
      details: { issues: [expect.objectContaining({ field: "target" })] },
    });
  });
});

describeEachEngine("outbox: unreachable deliveries are parked, never completed, and woken by their target", (ctx) => {
  beforeEach(async () => {
    await ctx.store.db.deleteFrom("outbox").execute();
    ctx.clock.set(T0);
  });

  it("parks a delivery nobody can receive until its target is woken, then hands it out again", async () => {
    const [parked, other] = await ctx.store.outbox.enqueue([delivery(1), delivery(2)]);
    await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000 });
    expect(await ctx.store.outbox.markUnreachable(parked!, "someone-else", "onbereikbaar")).toBe(false);
    expect(await ctx.store.outbox.markUnreachable(parked!, "w1", "onbereikbaar: niemand bereikbaar")).toBe(true);
    await ctx.store.outbox.markDelivered(other!);
    expect(await ctx.store.outbox.get(parked!)).toMatchObject({
      unreachableAt: T0.toISOString(),
      deliveredAt: null,
      failedAt: null,
    });
    expect(await ctx.store.outbox.stats()).toEqual({
      pending: 0,
      inFlight: 0,
      delivered: 1,
      failed: 0,
      unreachable: 1,
    });
    // Parked: not claimed however much time passes.
    expect(await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000, now: at(365 * 86_400_000) })).toEqual(
      [],
    );
    expect(await ctx.store.outbox.wakeUnreachable("target-2")).toBe(0);
    ctx.clock.set(at(5_000));
    expect(await ctx.store.outbox.wakeUnreachable("target-1")).toBe(1);
    expect(await ctx.store.outbox.claim("w1", { batchSize: 10, leaseMs: 1_000, now: at(5_000) })).toEqual([
      expect.objectContaining({ id: parked, attempts: 2 }),
    ]);
    expect(await ctx.store.outbox.wakeUnreachable("target-1")).toBe(0);
  });
});
