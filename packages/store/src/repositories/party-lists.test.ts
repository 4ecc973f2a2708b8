import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { meta, seedTestParties, signalInput } from "../testing/fixtures.js";

// The read queries the bot used to write itself (store.db), now repository methods.
describeEachEngine("lists for a party and for the sweeps", (ctx) => {
  it("sentBy: a sender's signals newest first, then id, paged by keyset and only its own", async () => {
    await seedTestParties(ctx.store);
    const create = async (at: string, sender = "test-verhuurder") => {
      ctx.clock.set(at);
      return (await ctx.store.signals.create(signalInput({ senderPartyId: sender }), [], meta)).signal;
    };
    const oldest = await create("2031-01-01T09:00:00.000Z");
    const twinA = await create("2031-01-02T09:00:00.000Z");
    const twinB = await create("2031-01-02T09:00:00.000Z");
    const newest = await create("2031-01-03T09:00:00.000Z");
    await create("2031-01-04T09:00:00.000Z", "test-zorg");
    const twins = [twinA, twinB].map((s) => s.id).sort();

    const all = await ctx.store.signals.sentBy("test-verhuurder", { limit: 10 });
    expect(all.map((r) => r.id)).toEqual([newest.id, ...twins, oldest.id]);
    expect(all[0]).toEqual({ id: newest.id, createdAt: newest.createdAt });

    const first = await ctx.store.signals.sentBy("test-verhuurder", { limit: 2 });
    expect(first.map((r) => r.id)).toEqual([newest.id, twins[0]]);
    const rest = await ctx.store.signals.sentBy("test-verhuurder", { limit: 10, before: first.at(-1)! });
    expect(rest.map((r) => r.id)).toEqual([twins[1], oldest.id]);
    expect(await ctx.store.signals.sentBy("test-meldpunt", { limit: 10 })).toEqual([]);
  });

  it("openIds: signals not closed, oldest first, at most the limit", async () => {
    await seedTestParties(ctx.store);
    ctx.clock.set("2020-01-01T09:00:00.000Z");
    const early = (await ctx.store.signals.create(signalInput(), [], meta)).signal;
    ctx.clock.set("2020-01-02T09:00:00.000Z");
    const closed = (await ctx.store.signals.create(signalInput(), [], meta)).signal;
    await ctx.store.signals.transition(closed.id, { to: "afgesloten", action: "afsluiten" }, meta);
    ctx.clock.set("2020-01-03T09:00:00.000Z");
    const later = (await ctx.store.signals.create(signalInput(), [], meta)).signal;

    const open = await ctx.store.signals.openIds(1000);
    expect(open).not.toContain(closed.id);
    expect(open.slice(0, 2)).toEqual([early.id, later.id]);
    expect(await ctx.store.signals.openIds(1)).toEqual([early.id]);
  });

  it("supportPartiesOf: each aanmelding's support party, null when none, unknown ids left out", async () => {
    const { zorg } = await seedTestParties(ctx.store);
    const aanmelding = (supportPartyId?: string) =>
      ctx.store.aanmeldingen.create(
        { rulebook: "test-rulebook", rulebookVersion: "1", facts: {}, ...(supportPartyId ? { supportPartyId } : {}) },
        meta,
      );
    const withSupport = await aanmelding(zorg.id);
    const without = await aanmelding();
    const unknown = "00000000-0000-4000-8000-000000000000";

    const parties = await ctx.store.aanmeldingen.supportPartiesOf([
      withSupport.id,
      without.id,
      withSupport.id,
      unknown,
    ]);
    expect([...parties.entries()].sort()).toEqual(
      [
        [withSupport.id, zorg.id],
        [without.id, null],
      ].sort(),
    );
    expect((await ctx.store.aanmeldingen.supportPartiesOf([])).size).toBe(0);
  });
});
