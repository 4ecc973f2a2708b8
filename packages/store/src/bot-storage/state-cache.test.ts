// The PGlite state cache (issue 18): fewer statements per turn, and never a lost write.
import { expect, it, vi } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { PostgresBotStorage } from "./postgres-storage.js";

describeEachEngine("botbuilder Storage, state served from memory", (ctx) => {
  // The store's own storage has the cache on PGlite only (one process owns the database).
  const cached = () => new PostgresBotStorage(ctx.store.db, ctx.store.now, { cacheMax: 100 });

  it(`is on for the store's storage only on PGlite`, async () => {
    const key = `engine-${ctx.engine}`;
    await ctx.store.botStorage.write({ [key]: { v: 1 } });
    const reads = vi.spyOn(ctx.store.db, "selectFrom");
    await ctx.store.botStorage.read([key]);
    expect(reads).toHaveBeenCalledTimes(ctx.engine === "pglite" ? 0 : 1);
    reads.mockRestore();
  });

  it("a turn's second read of its state, and a read after its own write, ask the database nothing", async () => {
    const storage = cached();
    await storage.write({ conv: { step: 1 } });
    const reads = vi.spyOn(ctx.store.db, "selectFrom");
    const first = await storage.read(["conv", "user-absent"]);
    expect(await storage.read(["conv", "user-absent"])).toEqual(first);
    expect(first).toEqual({ conv: { step: 1, eTag: expect.any(String) } });
    expect(reads).toHaveBeenCalledTimes(1); // only the absent key, once; then it is known absent
    reads.mockRestore();
  });

  it("hands out copies: a caller changing what it read does not change the cache", async () => {
    const storage = cached();
    await storage.write({ conv: { list: [1] } });
    const read = (await storage.read(["conv"])).conv as { list: number[] };
    read.list.push(2);
    expect((await storage.read(["conv"])).conv).toMatchObject({ list: [1] });
  });

  it("a stale entry only ever makes a write refused, never lost: the key is read again after", async () => {
    const storage = cached();
    const other = cached(); // a writer the first one does not know of
    await storage.write({ conv: { v: 1 } });
    const mine = (await storage.read(["conv"])).conv!;
    await other.write({ conv: { v: 2, eTag: (await other.read(["conv"])).conv!.eTag } });
    await expect(storage.write({ conv: { ...mine, v: 3 } })).rejects.toThrow(/eTag/);
    expect((await storage.read(["conv"])).conv).toMatchObject({ v: 2 });
  });

  it("forgets rows the retention job deleted", async () => {
    const storage = cached();
    await storage.write({ "msteams/conversations/old/": { intake: "x" } });
    await ctx.store.db.deleteFrom("bot_state").where("key", "=", "msteams/conversations/old/").execute();
    storage.forget(["msteams/conversations/old/"]);
    expect(await storage.read(["msteams/conversations/old/"])).toEqual({});
  });
});
