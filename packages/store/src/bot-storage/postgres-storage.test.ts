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

  it("answers each of many concurrent single-key writes (one statement for those that wait) as a write alone would", async () => {
    const keys = Array.from({ length: 12 }, (_, i) => `group-${i}`);
    await storage().write({ [keys[0]!]: { v: 0 } }); // existing rows, read for their eTags
    for (const key of keys.slice(1, 8)) await storage().write({ [key]: { v: 0 } });
    const read = await storage().read(keys.slice(0, 8));
    await storage().write({ [keys[3]!]: { v: "moved on" } }); // keys[3]'s eTag is stale now
    const when = new Date("2025-06-01T10:00:00.000Z");
    const results = await Promise.allSettled([
      storage().write({ [keys[0]!]: { v: "first" } }), // runs alone; the rest wait behind it
      ...keys.slice(1, 8).map((key) => storage().write({ [key]: { ...read[key], v: `new ${key}`, when } })),
      storage().write({ [keys[8]!]: { v: "created", eTag: "*" } }),
      storage().write({ [keys[9]!]: { v: "created with an eTag", eTag: "not-there-yet" } }), // absent: written
      storage().write({ [keys[1]!]: { ...read[keys[1]!], v: "second writer, same eTag" } }), // the same key twice
    ]);
    const status = results.map((r) => r.status);
    expect(status[0]).toBe("fulfilled");
    expect(status.slice(1, 8)).toEqual(keys.slice(1, 8).map((key) => (key === keys[3] ? "rejected" : "fulfilled")));
    expect(status.slice(8)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect((results[3] as PromiseRejectedResult).reason).toMatchObject({ kind: "conflict" });
    expect((results[10] as PromiseRejectedResult).reason).toMatchObject({ kind: "conflict" });
    const after = await storage().read(keys);
    expect(after[keys[0]!]).toMatchObject({ v: "first" });
    expect(after[keys[1]!]).toMatchObject({ v: `new ${keys[1]}`, when: "2025-06-01T10:00:00.000Z" });
    expect(after[keys[3]!]).toMatchObject({ v: "moved on" });
    expect(after[keys[8]!]).toMatchObject({ v: "created" });
    expect(after[keys[9]!]).toMatchObject({ v: "created with an eTag" });
    expect(after[keys[10]!]).toBeUndefined();
    // Every written row has an eTag of its own, and the next write with it succeeds.
    expect(new Set(keys.slice(0, 10).map((key) => after[key]?.eTag)).size).toBe(10);
    await storage().write({ [keys[2]!]: { ...after[keys[2]!], v: "again" } });
  });

  it("keeps documents with quotes, backslashes, braces, commas and non-ASCII intact when written together", async () => {
    const tricky = (n: number) => ({
      text: `"aanhalingstekens" \\ backslash \n regel, {accolades} [haken] 'enkel' ${n}`,
      unicode: "Zoë · € 1.450,50 · 👍",
      nested: { list: [null, "", "{}", '","', 0.5], empty: {} },
    });
    const keys = Array.from({ length: 6 }, (_, n) => `tricky/${n}`);
    await Promise.all(keys.map((key, n) => storage().write({ [key]: tricky(n) })));
    const read = await storage().read(keys);
    for (const [n, key] of keys.entries()) expect(read[key]).toEqual({ ...tricky(n), eTag: expect.any(String) });
    // From the table itself too (PGlite answers reads from its cache).
    const rows = await ctx.store.db
      .selectFrom("bot_state")
      .select(["key", "document"])
      .where("key", "in", keys)
      .execute();
    for (const row of rows) expect(row.document).toEqual(tricky(Number(row.key.split("/")[1])));
    expect(rows).toHaveLength(6);
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
