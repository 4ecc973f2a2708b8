import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { meta, seedTestParties, signalInput } from "../testing/fixtures.js";
import { nextKenmerk } from "./kenmerken.js";

describeEachEngine("kenmerken", (ctx) => {
  it("numbers per prefix and year, consecutively, starting at 0001", async () => {
    expect(await nextKenmerk(ctx.store.db, "ZZ", 2031)).toBe("ZZ-2031-0001");
    expect(await nextKenmerk(ctx.store.db, "ZZ", 2031)).toBe("ZZ-2031-0002");
    expect(await nextKenmerk(ctx.store.db, "ZZ", 2032)).toBe("ZZ-2032-0001");
    expect(await nextKenmerk(ctx.store.db, "YY", 2031)).toBe("YY-2031-0001");
  });

  it("gives concurrent callers distinct numbers", async () => {
    const kenmerken = await Promise.all(Array.from({ length: 8 }, () => nextKenmerk(ctx.store.db, "XX", 2031)));
    expect(new Set(kenmerken).size).toBe(8);
    expect([...kenmerken].sort()).toEqual(Array.from({ length: 8 }, (_, i) => `XX-2031-000${i + 1}`));
  });

  it("stores a signal's kenmerk with the year of its (Dutch) creation date and finds it back", async () => {
    await seedTestParties(ctx.store);
    ctx.clock.set("2030-12-31T23:30:00Z"); // 1 January 2031 in the Netherlands
    const first = await ctx.store.signals.create(signalInput({ kenmerkPrefix: "HA" }), [], meta);
    const second = await ctx.store.signals.create(signalInput({ kenmerkPrefix: "HA" }), [], meta);
    expect(first.signal.kenmerk).toMatch(/^HA-2031-\d{4}$/);
    expect(Number(second.signal.kenmerk!.slice(-4))).toBe(Number(first.signal.kenmerk!.slice(-4)) + 1);
    expect((await ctx.store.signals.getByKenmerk(first.signal.kenmerk!))?.id).toBe(first.signal.id);
    expect((await ctx.store.signals.findByIdPrefix(first.signal.id.slice(0, 8))).map((s) => s.id)).toEqual([
      first.signal.id,
    ]);
    expect(await ctx.store.signals.findByIdPrefix("not-hex!")).toEqual([]);
  });

  it("a repeated submission keeps its kenmerk and uses up no number", async () => {
    await seedTestParties(ctx.store);
    const input = signalInput({ kenmerkPrefix: "OV" });
    const first = await ctx.store.signals.create(input, [], meta);
    const again = await ctx.store.signals.create(input, [], meta);
    expect(again.signal.kenmerk).toBe(first.signal.kenmerk);
    const next = await ctx.store.signals.create(signalInput({ kenmerkPrefix: "OV" }), [], meta);
    expect(Number(next.signal.kenmerk!.slice(-4))).toBe(Number(first.signal.kenmerk!.slice(-4)) + 1);
  });

  it("a signal without a prefix has no kenmerk", async () => {
    await seedTestParties(ctx.store);
    expect((await ctx.store.signals.create(signalInput(), [], meta)).signal.kenmerk).toBeNull();
  });
});
