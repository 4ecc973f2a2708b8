import { expect, it } from "vitest";
import { describeEachEngine } from "./testing/engines.js";
import { meta, seedTestParties, signalInput } from "./testing/fixtures.js";

describeEachEngine("store.transaction", (ctx) => {
  it("commits writes across repositories together", async () => {
    await seedTestParties(ctx.store);
    const { aanmelding, signal } = await ctx.store.transaction(async (tx) => {
      const aanmelding = await tx.aanmeldingen.create(
        { rulebook: "kw-huisuitzetting-2019", rulebookVersion: "1" },
        meta,
      );
      const { signal } = await tx.signals.create(
        signalInput({ aanmeldingId: aanmelding.id }),
        [{ kind: "k", target: "t", payload: {} }],
        meta,
      );
      return { aanmelding, signal };
    });
    expect((await ctx.store.signals.require(signal.id)).aanmeldingId).toBe(aanmelding.id);
    expect(await ctx.store.outbox.forRecord("signal", signal.id)).toHaveLength(1);
  });

  it("rolls back every write, audit rows and deliveries included, when the function throws", async () => {
    await seedTestParties(ctx.store);
    let aanmeldingId = "";
    let signalId = "";
    await expect(
      ctx.store.transaction(async (tx) => {
        aanmeldingId = (
          await tx.aanmeldingen.create({ rulebook: "kw-huisuitzetting-2019", rulebookVersion: "1" }, meta)
        ).id;
        signalId = (
          await tx.signals.create(signalInput({ aanmeldingId }), [{ kind: "k", target: "t", payload: {} }], meta)
        ).signal.id;
        throw new Error("card rendering failed");
      }),
    ).rejects.toThrow("card rendering failed");
    expect(await ctx.store.aanmeldingen.get(aanmeldingId)).toBeUndefined();
    expect(await ctx.store.signals.get(signalId)).toBeUndefined();
    expect(await ctx.store.outbox.forRecord("signal", signalId)).toEqual([]);
    expect(await ctx.store.audit.forRecord("aanmelding", aanmeldingId)).toEqual([]);
  });

  it("rolls back when a constraint fails inside, and reports it as a StoreError", async () => {
    await seedTestParties(ctx.store);
    let aanmeldingId = "";
    await expect(
      ctx.store.transaction(async (tx) => {
        aanmeldingId = (
          await tx.aanmeldingen.create({ rulebook: "kw-huisuitzetting-2019", rulebookVersion: "1" }, meta)
        ).id;
        await tx.signals.create(signalInput({ senderPartyId: "no-such-sender" }), [], meta);
      }),
    ).rejects.toMatchObject({ name: "StoreError", kind: "not_found" });
    expect(await ctx.store.aanmeldingen.get(aanmeldingId)).toBeUndefined();
  });
});
