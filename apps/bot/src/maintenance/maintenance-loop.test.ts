// The maintenance loop's first run waits (the start answers turns first), stop() also cancels
// a first run still waiting, and on PGlite the daily run vacuums (it has no autovacuum).
import { openStore, type Store } from "@convenantbot/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger.js";
import { startMaintenance } from "./maintenance-loop.js";

let store: Store;
const lines: string[] = [];
const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
const logged = (msg: string) => lines.filter((l) => l.includes(`"msg":"${msg}"`)).length;
const purges = () => logged("retention purge");

beforeAll(async () => {
  store = await openStore({ inMemory: true });
});
afterAll(async () => {
  await store.close();
});

describe("startMaintenance", () => {
  it("runs nothing at the start while the first run waits; runNow runs at once; stop cancels the wait", async () => {
    lines.length = 0;
    const maintenance = startMaintenance(store, logger, { firstRunAfterMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(purges()).toBe(0);
    await maintenance.runNow();
    expect(purges()).toBe(1);
    maintenance.stop();
  });

  it("on PGlite, once a day after the purge, vacuums the embedded database; not while the process is busy", async () => {
    lines.length = 0;
    let busy = true;
    const maintenance = startMaintenance(store, logger, { firstRunAfterMs: 60_000, busy: () => busy });
    await maintenance.runNow();
    expect(purges()).toBe(1);
    expect(logged("embedded database vacuumed")).toBe(0);
    busy = false;
    await maintenance.runNow();
    expect(logged("embedded database vacuumed")).toBe(1);
    expect(lines.find((l) => l.includes("embedded database vacuumed"))).toMatch(/"tables":[1-9]/);
    await maintenance.runNow(); // the same day: neither again
    expect(purges()).toBe(1);
    expect(logged("embedded database vacuumed")).toBe(1);
    maintenance.stop();
  });

  it("with no wait, the first run follows the start by itself", async () => {
    lines.length = 0;
    const maintenance = startMaintenance(store, logger, { firstRunAfterMs: 0 });
    await expect.poll(purges, { timeout: 10_000 }).toBe(1);
    maintenance.stop();
  });
});
