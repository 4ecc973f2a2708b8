import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import { openSignals } from "./open-signals.js";

const meta = { actor: "system:test", correlationId: "open-signals" };
let store: Store;
beforeAll(async () => {
  store = await openStore({ inMemory: true });
  for (const [id, role] of [
    ["sweep-verhuurder", "sociale_verhuurder"],
    ["sweep-meldpunt", "meldpunt"],
  ] as const)
    await store.parties.upsert({ id, name: id, role, signatory: true, rulebookIds: ["test-rulebook"] }, meta);
});
afterAll(() => store.close());

describe("openSignals: what the quarter-hourly sweeps read", () => {
  it("yields every open signal up to the limit, oldest first, as signals.get reads each, across read chunks", async () => {
    const items = Array.from({ length: 450 }, (_, i) => ({
      input: {
        type: "huurachterstand" as const,
        rulebook: "test-rulebook",
        senderPartyId: "sweep-verhuurder",
        recipientPartyIds: ["sweep-meldpunt"],
        payload: { maandenAchterstand: 2, bedrag: 1000 + i },
        idempotencyKey: `sweep-${i}`,
      },
      deliveries: [],
    }));
    const stored = await store.signals.createMany(items, meta);
    expect(stored.every((r) => r.ok)).toBe(true);

    const ids = await store.signals.openIds(420);
    const seen = [];
    for await (const signal of openSignals(store, 420)) seen.push(signal);
    expect(seen.map((s) => s.id)).toEqual(ids);
    expect(seen).toHaveLength(420);
    // The last of the first chunk and the first of the next, read the way a single read gives them.
    for (const index of [0, 199, 200, 419]) expect(seen[index]).toEqual(await store.signals.get(ids[index]!));
  });
});
