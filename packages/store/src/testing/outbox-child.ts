/**
 * A worker process for the kill test: runs an OutboxWorker against the Postgres server and
 * delivers to the loopback stub. Started with `node --conditions=source --import tsx`.
 */
import { OutboxWorker } from "../outbox/outbox-worker.js";
import { openStore } from "../store.js";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`outbox-child: ${name} is not set`);
  return value;
};

const store = await openStore({ databaseUrl: env("CHILD_DATABASE_URL"), schema: env("CHILD_SCHEMA"), poolMax: 2 });
const stubUrl = env("CHILD_STUB_URL");
const worker = new OutboxWorker(store, {
  workerId: env("CHILD_WORKER_ID"),
  batchSize: 10,
  pollMs: 20,
  leaseMs: Number(env("CHILD_LEASE_MS")),
  deliver: async (delivery, { signal }) => {
    const response = await fetch(stubUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": delivery.id },
      body: JSON.stringify({ id: delivery.id }),
      signal,
    });
    if (!response.ok) throw new Error(`stub answered ${response.status}`);
  },
});
worker.start();
process.stdout.write("ready\n");
// Runs until killed; the test sends SIGKILL mid-batch. A bound in case the test dies first.
setTimeout(() => {
  void worker
    .stop()
    .then(() => store.close())
    .then(() => process.exit(0));
}, 60_000).unref();
setInterval(() => undefined, 1_000);
