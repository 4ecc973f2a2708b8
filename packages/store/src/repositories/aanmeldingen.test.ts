import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { kwDecision, meta, seedTestParties } from "../testing/fixtures.js";

describeEachEngine("aanmeldingen", (ctx) => {
  it("stores facts, the decision snapshot, support party and deadlines, and reads them back equal", async () => {
    const { member, zorg } = await seedTestParties(ctx.store);
    const decision = kwDecision();
    const deadlines = [
      {
        code: "KW.TERMIJN",
        article: "art. 3",
        title: { nl: "Reactie", en: "Response" },
        kind: "within" as const,
        startsOn: "2025-03-01",
        due: "2025-03-15",
      },
    ];
    const created = await ctx.store.aanmeldingen.create(
      {
        rulebook: decision.rulebook,
        rulebookVersion: decision.receipt.rulebookVersion,
        facts: { notSelfReliant: true, opiumActViolation: false },
        decision,
        supportPartyId: zorg.id,
        deadlines,
        createdBy: member.id,
      },
      meta,
    );
    const read = await ctx.store.aanmeldingen.require(created.id);
    expect(read).toEqual(created);
    expect(read).toMatchObject({
      status: "concept",
      outcome: decision.outcome,
      supportPartyId: zorg.id,
      deadlines,
      closedAt: null,
    });
    expect(read.decision).toEqual(decision);
    expect(read.facts).toEqual({ notSelfReliant: true, opiumActViolation: false });
  });

  it("sets closed_at when a case closes and clears it when it reopens", async () => {
    const { member } = await seedTestParties(ctx.store);
    ctx.clock.set("2025-04-01T09:00:00.000Z");
    const a = await ctx.store.aanmeldingen.create(
      { rulebook: "kw-huisuitzetting-2019", rulebookVersion: "1", createdBy: member.id },
      meta,
    );
    ctx.clock.set("2025-05-01T09:00:00.000Z");
    const closed = await ctx.store.aanmeldingen.update(a.id, { status: "afgesloten" }, meta);
    expect(closed.closedAt).toBe("2025-05-01T09:00:00.000Z");
    const reopened = await ctx.store.aanmeldingen.update(a.id, { status: "in_behandeling" }, meta);
    expect(reopened.closedAt).toBeNull();
    expect(
      (await ctx.store.aanmeldingen.list({ createdBy: member.id, statuses: ["in_behandeling"] })).map((x) => x.id),
    ).toContain(a.id);
  });

  it("refuses an update based on a stale version (optimistic concurrency)", async () => {
    ctx.clock.set("2025-04-01T09:00:00.000Z");
    const a = await ctx.store.aanmeldingen.create({ rulebook: "kw-huisuitzetting-2019", rulebookVersion: "1" }, meta);
    ctx.clock.set("2025-04-02T09:00:00.000Z");
    await ctx.store.aanmeldingen.update(a.id, { status: "ingediend", expectedUpdatedAt: a.updatedAt }, meta);
    await expect(
      ctx.store.aanmeldingen.update(a.id, { status: "afgesloten", expectedUpdatedAt: a.updatedAt }, meta),
    ).rejects.toMatchObject({
      kind: "conflict",
    });
  });

  it("answers not_found for an unknown support party and an unknown case", async () => {
    await expect(
      ctx.store.aanmeldingen.create(
        { rulebook: "kw-huisuitzetting-2019", rulebookVersion: "1", supportPartyId: "no-such-party" },
        meta,
      ),
    ).rejects.toMatchObject({ kind: "not_found", details: { constraint: "aanmeldingen_support_party_id_fkey" } });
    await expect(
      ctx.store.aanmeldingen.update("8d1e7d1c-0000-4000-8000-000000000000", { status: "ingediend" }, meta),
    ).rejects.toMatchObject({
      kind: "not_found",
    });
  });

  it("refuses an invalid decision snapshot before touching the database", async () => {
    const decision = { ...kwDecision(), outcome: "maybe" };
    await expect(
      ctx.store.aanmeldingen.create(
        { rulebook: "kw-huisuitzetting-2019", rulebookVersion: "1", decision: decision as never },
        meta,
      ),
    ).rejects.toMatchObject({
      kind: "invalid",
      details: { issues: [expect.objectContaining({ field: "decision.outcome" })] },
    });
  });

  it("audits create and update under the request's correlation id", async () => {
    const a = await ctx.store.aanmeldingen.create(
      { rulebook: "kw-huisuitzetting-2019", rulebookVersion: "1" },
      { actor: "system:test", correlationId: "corr-aanm" },
    );
    await ctx.store.aanmeldingen.update(
      a.id,
      { status: "ingediend" },
      { actor: "system:test", correlationId: "corr-aanm" },
    );
    expect((await ctx.store.audit.forCorrelation("corr-aanm")).map((e) => e.action)).toEqual([
      "aanmelding.create",
      "aanmelding.update",
    ]);
  });
});

describeEachEngine("aanmeldingen: open cases for a re-check", (ctx) => {
  it("streams every open case of one rulebook in id order, in batches, with its outcome and date", async () => {
    const { member } = await seedTestParties(ctx.store);
    const decision = kwDecision();
    ctx.clock.set("2025-04-01T09:00:00.000Z");
    const open: { id: string }[] = [];
    for (let i = 0; i < 5; i++) {
      open.push(
        await ctx.store.aanmeldingen.create(
          {
            rulebook: decision.rulebook,
            rulebookVersion: "1",
            facts: { notSelfReliant: i % 2 === 0 },
            decision,
            createdBy: member.id,
          },
          meta,
        ),
      );
    }
    const undecided = await ctx.store.aanmeldingen.create(
      { rulebook: decision.rulebook, rulebookVersion: "1", facts: {} },
      meta,
    );
    const closed = await ctx.store.aanmeldingen.create(
      { rulebook: decision.rulebook, rulebookVersion: "1", decision, status: "afgesloten" },
      meta,
    );
    const other = await ctx.store.aanmeldingen.create(
      { rulebook: "gv-urgentie-2019", rulebookVersion: "1", facts: {} },
      meta,
    );

    const batches = [];
    for await (const batch of ctx.store.aanmeldingen.streamOpenCases(decision.rulebook, 2)) batches.push(batch);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 2]);
    const rows = batches.flat();
    const expectedIds = [...open, undecided].map((a) => a.id).sort();
    expect(rows.map((r) => r.id)).toEqual(expectedIds);
    expect(rows.map((r) => r.id)).not.toContain(closed.id);
    expect(rows.map((r) => r.id)).not.toContain(other.id);
    const first = rows.find((r) => r.id === open[0]!.id)!;
    expect(first).toEqual({
      id: open[0]!.id,
      facts: { notSelfReliant: true },
      outcome: decision.outcome,
      asOf: decision.asOf,
    });
    expect(rows.find((r) => r.id === undecided.id)).toEqual({
      id: undecided.id,
      facts: {},
      outcome: null,
      asOf: "2025-04-01",
    });
  });
});
