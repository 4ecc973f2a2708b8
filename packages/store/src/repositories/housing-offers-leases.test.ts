import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { meta, seedTestParties } from "../testing/fixtures.js";

describeEachEngine("housing offers and leases", (ctx) => {
  async function aanmelding() {
    await seedTestParties(ctx.store);
    return ctx.store.aanmeldingen.create(
      { rulebook: "kw-huisuitzetting-2019", rulebookVersion: "1", status: "in_behandeling" },
      meta,
    );
  }

  it("records an offer and one response; a second response is a conflict", async () => {
    const a = await aanmelding();
    const offer = await ctx.store.housingOffers.create(
      { aanmeldingId: a.id, landlordPartyId: "test-verhuurder", offeredOn: "2025-05-01", withinTerm: true },
      meta,
    );
    const answered = await ctx.store.housingOffers.respond(
      offer.id,
      { response: "geweigerd", respondedOn: "2025-05-03" },
      meta,
    );
    expect(answered).toMatchObject({
      response: "geweigerd",
      respondedOn: "2025-05-03",
      withinTerm: true,
      offeredOn: "2025-05-01",
    });
    await expect(
      ctx.store.housingOffers.respond(offer.id, { response: "geaccepteerd", respondedOn: "2025-05-04" }, meta),
    ).rejects.toMatchObject({
      kind: "conflict",
    });
    expect((await ctx.store.housingOffers.listForAanmelding(a.id)).map((o) => o.id)).toEqual([offer.id]);
  });

  it("refuses a response dated before the offer (check constraint, in both languages)", async () => {
    const a = await aanmelding();
    const offer = await ctx.store.housingOffers.create(
      { aanmeldingId: a.id, landlordPartyId: "test-verhuurder", offeredOn: "2025-05-10" },
      meta,
    );
    const error = await ctx.store.housingOffers
      .respond(offer.id, { response: "geaccepteerd", respondedOn: "2025-05-01" }, meta)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "invalid", details: { constraint: "housing_offers_response_dates" } });
    expect((error as { message_nl: string }).message_nl).toContain("aanbiedingsdatum");
  });

  it("tracks a lease from temporary start to permanent, and lists due evaluations", async () => {
    const a = await aanmelding();
    const lease = await ctx.store.leases.create(
      {
        aanmeldingId: a.id,
        landlordPartyId: "test-verhuurder",
        temporaryStart: "2025-06-01",
        evaluationDue: "2026-06-01",
      },
      meta,
    );
    expect((await ctx.store.leases.evaluationsDue("2026-06-01")).map((l) => l.id)).toContain(lease.id);
    const permanent = await ctx.store.leases.makePermanent(lease.id, { on: "2026-06-15" }, meta);
    expect(permanent).toMatchObject({ madePermanentOn: "2026-06-15", endedOn: null, temporaryStart: "2025-06-01" });
    expect((await ctx.store.leases.evaluationsDue("2026-06-01")).map((l) => l.id)).not.toContain(lease.id);
  });

  it("refuses a lease that is both made permanent and ended, or evaluated before it starts", async () => {
    const a = await aanmelding();
    const lease = await ctx.store.leases.create(
      { aanmeldingId: a.id, temporaryStart: "2025-06-01", evaluationDue: "2026-06-01" },
      meta,
    );
    await ctx.store.leases.end(lease.id, { on: "2025-12-01" }, meta);
    await expect(ctx.store.leases.makePermanent(lease.id, { on: "2026-06-01" }, meta)).rejects.toMatchObject({
      kind: "invalid",
      details: { constraint: "leases_single_outcome" },
    });
    await expect(
      ctx.store.leases.create({ aanmeldingId: a.id, temporaryStart: "2025-06-01", evaluationDue: "2025-01-01" }, meta),
    ).rejects.toMatchObject({
      kind: "invalid",
      details: { constraint: "leases_evaluation_after_start" },
    });
  });

  it("refuses an impossible calendar date before it reaches SQL", async () => {
    const a = await aanmelding();
    await expect(
      ctx.store.leases.create({ aanmeldingId: a.id, temporaryStart: "2025-02-30", evaluationDue: "2026-01-01" }, meta),
    ).rejects.toMatchObject({
      kind: "invalid",
      details: { issues: [expect.objectContaining({ field: "temporaryStart" })] },
    });
  });
});
