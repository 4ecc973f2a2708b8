import botbuilder from "botbuilder-core";
import { beforeEach, expect, it } from "vitest";
import { StoreError } from "../errors/store-error.js";
import { describeEachEngine } from "../testing/engines.js";

const { ConversationState, TestAdapter } = botbuilder;

describeEachEngine("botbuilder Storage", (ctx) => {
  const storage = () => ctx.store.botStorage;
  beforeEach(async () => {
    // Deleted behind the storage's back: told, as the retention job tells it (its PGlite cache).
    const rows = await ctx.store.db.deleteFrom("bot_state").returning("key").execute();
    storage().forget(rows.map((r) => r.key));
  });

  it("omits missing keys on read", async () => {
    await storage().write({ present: { v: 1 } });
    expect(await storage().read(["present", "missing"])).toEqual({ present: { v: 1, eTag: expect.any(String) } });
    expect(await storage().read([])).toEqual({});
  });

  it("round-trips JSON like MemoryStorage and returns each item with its eTag", async () => {
    const item = {
      count: 1,
      nested: { list: [1, "two", null], flag: true },
      when: new Date("2025-01-02T03:04:05.000Z"),
      dropped: undefined,
    };
    await storage().write({ "msteams/conversations/a:1/": item });
    const read = await storage().read(["msteams/conversations/a:1/"]);
    expect(read["msteams/conversations/a:1/"]).toEqual({
      count: 1,
      nested: { list: [1, "two", null], flag: true },
      when: "2025-01-02T03:04:05.000Z",
      eTag: expect.any(String),
    });
  });

  it("writes unconditionally with eTag '*' or without eTag, each time with a new eTag", async () => {
    await storage().write({ k: { v: 1 } });
    const first = (await storage().read(["k"])).k.eTag as string;
    await storage().write({ k: { v: 2, eTag: "*" } });
    const second = (await storage().read(["k"])).k;
    await storage().write({ k: { v: 3 } });
    const third = (await storage().read(["k"])).k;
    expect(second).toMatchObject({ v: 2 });
    expect(third).toMatchObject({ v: 3 });
    expect(new Set([first, second.eTag, third.eTag]).size).toBe(3);
  });

  it("writes with the current eTag and throws on a stale one, leaving the item unchanged", async () => {
    await storage().write({ k: { v: 1 } });
    const read = await storage().read(["k"]);
    await storage().write({ k: { ...read.k, v: 2 } });
    const error = await storage()
      .write({ k: { ...read.k, v: 3 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ kind: "conflict", message_en: 'Storage: error writing "k" due to eTag conflict.' });
    expect((await storage().read(["k"])).k).toMatchObject({ v: 2 });
  });

  it("lets exactly one of two concurrent writers with the same eTag win", async () => {
    await storage().write({ k: { v: 0 } });
    const read = await storage().read(["k"]);
    const results = await Promise.allSettled([
      storage().write({ k: { ...read.k, v: "a" } }),
      storage().write({ k: { ...read.k, v: "b" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    expect(["a", "b"]).toContain((await storage().read(["k"])).k.v);
  });

  it("writes several items atomically: one stale eTag and none is written", async () => {
    await storage().write({ a: { v: 1 }, b: { v: 1 } });
    const read = await storage().read(["a", "b"]);
    await storage().write({ b: { v: 2 } });
    await expect(storage().write({ a: { ...read.a, v: 9 }, b: { ...read.b, v: 9 } })).rejects.toThrow(/eTag conflict/);
    const after = await storage().read(["a", "b"]);
    expect([after.a.v, after.b.v]).toEqual([1, 2]);
  });

  it("deletes keys, and deleting a missing key is no error", async () => {
    await storage().write({ a: { v: 1 }, b: { v: 1 } });
    await storage().delete(["a", "never-there"]);
    expect(Object.keys(await storage().read(["a", "b"]))).toEqual(["b"]);
  });

  it("keeps a real ConversationState across turns (dialog state lives in the database)", async () => {
    const state = new ConversationState(storage());
    const count = state.createProperty<number>("count");
    const adapter = new TestAdapter(async (turn) => {
      const n = (await count.get(turn, 0)) + 1;
      await count.set(turn, n);
      await state.saveChanges(turn);
      await turn.sendActivity(`turn ${n}`);
    });
    await adapter.send("hi").assertReply("turn 1").send("again").assertReply("turn 2").startTest();
    const rows = await ctx.store.db.selectFrom("bot_state").select(["key", "document"]).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.document).toMatchObject({ count: 2 });
  });
});
