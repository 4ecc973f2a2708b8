import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { meta, seedTestParties, signalInput } from "../testing/fixtures.js";

describeEachEngine("reports: one rulebook's records for the platform's counts", (ctx) => {
  it("lists a rulebook's aanmeldingen and offers, newest first, and nothing of another rulebook", async () => {
    await seedTestParties(ctx.store);
    const kw = await ctx.store.aanmeldingen.create(
      {
        rulebook: "kw-huisuitzetting-2019",
        rulebookVersion: "1",
        status: "in_behandeling",
        facts: { residentOf: "Krimpenerwaard" },
      },
      meta,
    );
    const other = await ctx.store.aanmeldingen.create(
      { rulebook: "mh-uitstroom-2019", rulebookVersion: "1", status: "in_behandeling" },
      meta,
    );
    await ctx.store.housingOffers.create(
      { aanmeldingId: kw.id, landlordPartyId: "test-verhuurder", offeredOn: "2025-05-01", withinTerm: true },
      meta,
    );
    await ctx.store.housingOffers.create(
      { aanmeldingId: other.id, landlordPartyId: "test-verhuurder", offeredOn: "2025-05-02" },
      meta,
    );

    const counted = await ctx.store.reports.aanmeldingenOfRulebook("kw-huisuitzetting-2019", 100);
    expect(counted.map((a) => a.id)).toContain(kw.id);
    expect(counted.map((a) => a.id)).not.toContain(other.id);
    expect(counted.find((a) => a.id === kw.id)).toMatchObject({
      status: "in_behandeling",
      facts: { residentOf: "Krimpenerwaard" },
    });
    const offers = await ctx.store.reports.offersOfRulebook("kw-huisuitzetting-2019", 100);
    expect(offers.filter((o) => o.aanmeldingId === kw.id)).toEqual([
      {
        aanmeldingId: kw.id,
        landlordPartyId: "test-verhuurder",
        offeredOn: "2025-05-01",
        response: null,
        withinTerm: true,
      },
    ]);
    expect(offers.some((o) => o.aanmeldingId === other.id)).toBe(false);
    // The landlord's own work: the aanmeldingen it offered on, each once.
    const ids = await ctx.store.housingOffers.aanmeldingIdsOfLandlord("test-verhuurder", 100);
    expect(ids).toEqual(expect.arrayContaining([kw.id, other.id]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lists a rulebook's signals with their recipients", async () => {
    await seedTestParties(ctx.store);
    const { signal } = await ctx.store.signals.create(
      signalInput({ recipientPartyIds: ["test-meldpunt", "test-zorg"] }),
      [],
      meta,
    );
    const rows = await ctx.store.reports.signalsOfRulebook("test-rulebook", 1000);
    const row = rows.find((r) => r.id === signal.id);
    expect(row).toMatchObject({ type: "huurachterstand", senderPartyId: "test-verhuurder" });
    expect([...row!.recipientPartyIds].sort()).toEqual(["test-meldpunt", "test-zorg"]);
    expect(await ctx.store.reports.signalsOfRulebook("no-such-rulebook", 10)).toEqual([]);
  });
});
