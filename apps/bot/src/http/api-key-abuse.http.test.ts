import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { huurachterstand } from "../testing/signal-fixtures.js";
import { startTestApp } from "../testing/test-app.js";

let store: Store;
let app: RunningApp;
let landlordKey: string;
let otherKey: string;

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, worker: false });
  landlordKey = (
    await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "Vidomes" }, { actor: "system:test" })
  ).token;
  otherKey = (await store.apiCredentials.issue({ partyId: "kw-quawonen", label: "QuaWonen" }, { actor: "system:test" }))
    .token;
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const get = (path: string, key: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${key}`, ...headers } });
const auditRows = () =>
  store.db.selectFrom("audit_log").selectAll().execute() as Promise<
    { action: string; actor: string; record_id: string; correlation_id: string | null }[]
  >;

describe("the signals API against key guessing, snooping and merged audit trails", () => {
  it("a refused read of another party's signal is audited", async () => {
    const posted = await fetch(`${app.url}/api/signals`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${landlordKey}`,
        "idempotency-key": "abuse-1",
      },
      body: JSON.stringify(huurachterstand()),
    });
    const { id } = (await posted.json()) as { id: string };
    const snoop = await get(`/api/signals/${id}`, otherKey);
    expect(snoop.status).toBe(403);
    const refused = (await auditRows()).filter((r) => r.action === "signal.read_refused");
    expect(refused).toHaveLength(1);
    expect(refused[0]!.record_id).toBe(id);
    expect(refused[0]!.actor).toMatch(/^api:/);
  });

  it("a caller-chosen correlation id is namespaced under one of ours, so two callers never share one", async () => {
    await get("/api/signals", landlordKey, { "x-correlation-id": "merge-me" });
    await get("/api/signals", otherKey, { "x-correlation-id": "merge-me" });
    const lists = (await auditRows()).filter(
      (r) => r.action === "signal.list" && r.correlation_id?.endsWith("/client:merge-me"),
    );
    expect(lists).toHaveLength(2);
    expect(new Set(lists.map((r) => r.correlation_id)).size).toBe(2);
    for (const row of lists) expect(row.correlation_id).toMatch(/^[0-9a-f-]{36}\/client:merge-me$/);
  });

  it("wrong keys are throttled per address, and while throttled even a right key is not confirmed", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await get("/api/signals", `cbk_wrong_${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
    const right = await get("/api/signals", landlordKey);
    expect(right.status).toBe(429);
    expect(right.headers.get("retry-after")).toBe("1");
    const body = (await right.json()) as { message_nl: string };
    expect(body.message_nl).toMatch(/ongeldige API-sleutel/);
  });
});
