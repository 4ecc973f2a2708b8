import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { startTestApp } from "../testing/test-app.js";

let store: Store;
let app: RunningApp;
beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, worker: false });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("/healthz checks that the bot can write, not only read", () => {
  it("says degraded (503) when the state table cannot be written, in Dutch and English without internals, and ok again after", async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    // A broken table: reads of the parties still work, writes of state do not.
    await store.db.schema.alterTable("bot_state").renameTo("bot_state_broken").execute();
    try {
      const response = await fetch(`${app.url}/healthz`);
      const text = await response.text();
      expect(response.status).toBe(503);
      const body = JSON.parse(text) as { status: string; message_nl: string; message_en: string };
      expect(body.status).toBe("degraded");
      expect(body.message_nl).toMatch(/kan niet naar zijn opslag schrijven/);
      expect(body.message_en).toMatch(/cannot write/);
      expect(text).not.toMatch(/bot_state|relation|42P01|\/work\//);
    } finally {
      await store.db.schema.alterTable("bot_state_broken").renameTo("bot_state").execute();
    }
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
