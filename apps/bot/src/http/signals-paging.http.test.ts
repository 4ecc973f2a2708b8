import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { huurachterstand } from "../testing/signal-fixtures.js";
import { startTestApp } from "../testing/test-app.js";

let store: Store;
let app: RunningApp;
let key: string;
const COUNT = 230;

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, worker: false, env: { API_RATE_PER_SECOND: "100000", API_RATE_BURST: "100000" } });
  key = (
    await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "Vidomes systeem" }, { actor: "system:test" })
  ).token;
  for (let i = 0; i < COUNT; i++) {
    const response = await fetch(`${app.url}/api/signals`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}`, "idempotency-key": `paging-${i}` },
      body: JSON.stringify(
        huurachterstand({ tenant: { name: `Testhuurder ${i}`, postcode: "2271 AB", huisnummer: i + 1 } }),
      ),
    });
    expect(response.status).toBe(201);
  }
}, 120_000);
afterAll(async () => {
  await app.close();
  await store.close();
});

type Page = { items: { id: string }[]; complete: boolean; next?: string };
const get = async (path: string) => {
  const response = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
  return { status: response.status, body: (await response.json()) as Page & { message_nl?: string } };
};

describe("GET /api/signals pages through everything, never stops silently", () => {
  it(`walks ${COUNT} signals by next links, each once, and says when it is complete`, async () => {
    const seen: string[] = [];
    let path: string | undefined = "/api/signals?limit=50";
    let pages = 0;
    while (path) {
      const { status, body } = await get(path);
      expect(status).toBe(200);
      seen.push(...body.items.map((i) => i.id));
      expect(body.complete).toBe(body.next === undefined);
      path = body.next;
      pages++;
      expect(pages).toBeLessThan(20);
    }
    expect(pages).toBe(5);
    expect(seen).toHaveLength(COUNT);
    expect(new Set(seen).size).toBe(COUNT);
  });

  it("the default page says it is not complete instead of cutting at 200", async () => {
    const { body } = await get("/api/signals");
    expect(body.items).toHaveLength(100);
    expect(body.complete).toBe(false);
    expect(body.next).toMatch(/cursor=/);
  });

  it.each(["nonsense", Buffer.from('{"createdAt":"x","id":"y"}').toString("base64url")])(
    "refuses a forged cursor %s naming the field",
    async (cursor) => {
      const { status, body } = await get(`/api/signals?cursor=${cursor}`);
      expect(status).toBe(400);
      expect(body.message_nl).toMatch(/cursor/);
    },
  );
});
