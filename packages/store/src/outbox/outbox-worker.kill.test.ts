import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";
import { startDeliveryStub, type DeliveryStub } from "../testing/delivery-stub.js";
import { describePostgresOnly } from "../testing/engines.js";
import { OutboxWorker } from "./outbox-worker.js";

const total = 300;
const killAfter = 100;
const childLeaseMs = 1_500;
const childScript = fileURLToPath(new URL("../testing/outbox-child.ts", import.meta.url));

/** Polls `check` up to a bound, so the test fails rather than hangs. */
async function until(check: () => boolean | Promise<boolean>, what: string, maxPolls = 800): Promise<void> {
  for (let i = 0; i < maxPolls; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`gave up waiting for: ${what}`);
}

// kill -9 and several processes need the server: one PGlite directory is one process.
describePostgresOnly("outbox: a worker killed mid-batch", (ctx) => {
  let child: ChildProcess | undefined;
  let stub: DeliveryStub | undefined;

  afterEach(async () => {
    // End only the process this test started, by its pid, if it is somehow still alive.
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null)
      process.kill(child.pid, "SIGKILL");
    await stub?.close();
  });

  it("another worker finishes every delivery; only the ones in flight arrive twice", async () => {
    const store = ctx.store;
    await store.db.deleteFrom("outbox").execute();
    const ids = await store.outbox.enqueue(
      Array.from({ length: total }, (_, n) => ({ kind: "test.kill", target: "stub", payload: { n } })),
      { type: "test", id: "kill-run" },
    );
    stub = await startDeliveryStub({ delayMs: 15 });

    const started = spawn(process.execPath, ["--conditions=source", "--import", "tsx", childScript], {
      env: {
        ...process.env,
        CHILD_DATABASE_URL: ctx.databaseUrl!,
        CHILD_SCHEMA: store.schema,
        CHILD_STUB_URL: stub.url,
        CHILD_WORKER_ID: "doomed-child",
        CHILD_LEASE_MS: String(childLeaseMs),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = started;
    let stderr = "";
    started.stderr?.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      started.on("exit", (_code, signal) => resolve(signal)),
    );

    // Kill at the 100th request: that request, and the rest of its batch, are in flight.
    stub.onReceive = (received) => {
      if (received === killAfter && started.pid !== undefined) process.kill(started.pid, "SIGKILL");
    };
    const signal = await Promise.race([
      exited,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`child did not get to ${killAfter} deliveries: ${stderr}`)), 90_000),
      ),
    ]);
    expect(signal).toBe("SIGKILL");
    stub.onReceive = undefined;

    // What the dead worker held: claimed by it and never marked delivered.
    const inFlight = await store.db
      .selectFrom("outbox")
      .select("id")
      .where("claimed_by", "=", "doomed-child")
      .where("delivered_at", "is", null)
      .execute();
    const inFlightIds = new Set(inFlight.map((r) => r.id));
    const deliveredByChild = stub.received();
    expect(deliveredByChild).toBeGreaterThanOrEqual(killAfter);
    expect(deliveredByChild).toBeLessThan(total);

    const rescuer = new OutboxWorker(store, {
      workerId: "rescuer",
      batchSize: 25,
      pollMs: 50,
      leaseMs: 10_000,
      deliver: async (delivery, { signal: abort }) => {
        const response = await fetch(stub!.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ id: delivery.id }),
          signal: abort,
        });
        if (!response.ok) throw new Error(`stub answered ${response.status}`);
      },
    });
    rescuer.start();
    try {
      // The dead worker's claims come free once its lease (1.5 s) has passed.
      await until(async () => (await store.outbox.stats()).delivered === total, `all ${total} delivered`);
    } finally {
      await rescuer.stop();
    }

    // Nothing lost: every delivery id reached the receiver and is marked delivered.
    expect([...stub.counts.keys()].sort()).toEqual([...ids].sort());
    expect(await store.outbox.stats()).toEqual({
      pending: 0,
      inFlight: 0,
      delivered: total,
      failed: 0,
      unreachable: 0,
    });
    // Repeats only for deliveries that were in flight when the worker died, and at most once.
    const repeated = [...stub.counts].filter(([, n]) => n > 1).map(([id]) => id);
    for (const id of repeated) expect(inFlightIds.has(id)).toBe(true);
    expect(Math.max(...stub.counts.values())).toBeLessThanOrEqual(2);
    expect(repeated.length).toBeLessThanOrEqual(inFlightIds.size);
    // At-least-once: every in-flight delivery was (re)delivered by the rescuer.
    expect(inFlightIds.size).toBeGreaterThan(0);
  }, 150_000);
});
