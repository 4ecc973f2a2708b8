import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { kwDecision, meta, seedTestParties, signalInput } from "../testing/fixtures.js";
import { purgeExpired } from "./purge.js";
import { resolveRetentionPolicy, retentionPolicy } from "./retention-policy.js";

describeEachEngine("retention", (ctx) => {
  // Each test lives in its own year, so one test's purge never reaches another's records.
  it("deletes unanswered and closed signals after 6 months, with history and deliveries, and audits it", async () => {
    await seedTestParties(ctx.store);
    ctx.clock.set("2020-01-10T08:00:00.000Z");
    const unanswered = await ctx.store.signals.create(
      signalInput(),
      [{ kind: "k", target: "t", payload: { bedrag: 1450 } }],
      meta,
    );
    const closed = await ctx.store.signals.create(signalInput(), [], meta);
    await ctx.store.signals.transition(closed.signal.id, { to: "afgesloten", action: "afsluiten" }, meta);
    const active = await ctx.store.signals.create(signalInput(), [], meta);
    await ctx.store.signals.transition(active.signal.id, { to: "in_behandeling", action: "oppakken" }, meta);
    ctx.clock.set("2020-06-01T08:00:00.000Z");
    const recentlyClosed = await ctx.store.signals.create(signalInput(), [], meta);
    await ctx.store.signals.transition(recentlyClosed.signal.id, { to: "afgesloten", action: "afsluiten" }, meta);

    const before = await purgeExpired(ctx.store, { now: new Date("2020-07-09T08:00:00.000Z") });
    expect(before.signalsDeleted).toBe(0);
    const report = await purgeExpired(ctx.store, {
      now: new Date("2020-07-11T08:00:00.000Z"),
      correlationId: "retention-test-1",
    });

    expect(report.signalCutoff).toBe("2020-01-11T08:00:00.000Z");
    expect(await ctx.store.signals.get(unanswered.signal.id)).toBeUndefined();
    expect(await ctx.store.signals.get(closed.signal.id)).toBeUndefined();
    expect(await ctx.store.signals.history(closed.signal.id)).toEqual([]);
    expect(await ctx.store.outbox.forRecord("signal", unanswered.signal.id)).toEqual([]);
    expect((await ctx.store.signals.get(active.signal.id))?.status).toBe("in_behandeling");
    expect(await ctx.store.signals.get(recentlyClosed.signal.id)).toBeDefined();

    const audit = await ctx.store.audit.forCorrelation("retention-test-1");
    expect(
      audit
        .filter((e) => e.action === "retention.delete")
        .map((e) => e.recordId)
        .sort(),
    ).toEqual([unanswered.signal.id, closed.signal.id].sort());
    expect(audit.at(-1)).toMatchObject({ action: "retention.run", actor: "system:retention", recordId: report.runId });
    // The audit trail of the deleted signal itself survives: it holds ids only.
    expect((await ctx.store.audit.forRecord("signal", closed.signal.id)).map((e) => e.action)).toContain(
      "signal.afsluiten",
    );
  });

  it("pseudonymises a closed case after 18 months: the receipt keeps hash, outcome and codes, not the facts", async () => {
    const { member } = await seedTestParties(ctx.store);
    const decision = kwDecision();
    ctx.clock.set("2021-01-05T10:00:00.000Z");
    const old = await ctx.store.aanmeldingen.create(
      {
        rulebook: decision.rulebook,
        rulebookVersion: decision.receipt.rulebookVersion,
        facts: decision.receipt.facts,
        decision,
        createdBy: member.id,
      },
      meta,
    );
    await ctx.store.aanmeldingen.update(old.id, { status: "afgesloten" }, meta);
    const open = await ctx.store.aanmeldingen.create(
      { rulebook: decision.rulebook, rulebookVersion: "1", facts: { a: 1 }, createdBy: member.id },
      meta,
    );
    await ctx.store.housingOffers.create(
      { aanmeldingId: old.id, landlordPartyId: "test-verhuurder", offeredOn: "2021-01-04" },
      meta,
    );

    const early = await purgeExpired(ctx.store, { now: new Date("2022-07-04T10:00:00.000Z") });
    expect((await ctx.store.aanmeldingen.require(old.id)).pseudonymisedAt).toBeNull();
    expect(early.aanmeldingenPseudonymised).toBe(0);

    await purgeExpired(ctx.store, { now: new Date("2022-07-06T10:00:00.000Z") });
    const after = await ctx.store.aanmeldingen.require(old.id);
    expect(after).toMatchObject({
      facts: {},
      createdBy: null,
      status: "afgesloten",
      outcome: decision.outcome,
      pseudonymisedAt: "2022-07-06T10:00:00.000Z",
    });
    expect(after.decision).toEqual({
      pseudonymised: true,
      rulebook: decision.rulebook,
      asOf: decision.asOf,
      outcome: decision.outcome,
      codes: decision.reasons.map((r) => ({ code: r.code, status: r.status })),
      receipt: {
        rulebookVersion: decision.receipt.rulebookVersion,
        rulebookHash: decision.receipt.rulebookHash,
        engineVersion: decision.receipt.engineVersion,
      },
    });
    expect(JSON.stringify(after)).not.toContain("notSelfReliant");
    expect(await ctx.store.housingOffers.listForAanmelding(old.id)).toHaveLength(1);
    expect((await ctx.store.aanmeldingen.require(open.id)).facts).toEqual({ a: 1 });
    expect((await ctx.store.audit.forRecord("aanmelding", old.id)).map((e) => e.action)).toContain(
      "retention.pseudonymise",
    );
    await expect(ctx.store.aanmeldingen.update(old.id, { status: "in_behandeling" }, meta)).rejects.toMatchObject({
      kind: "conflict",
    });

    const again = await purgeExpired(ctx.store, { now: new Date("2022-07-06T10:00:00.000Z") });
    expect(again.aanmeldingenPseudonymised).toBe(0);
  });

  it("takes the terms from an overridable policy, processed in batches", async () => {
    await seedTestParties(ctx.store);
    ctx.clock.set("2023-01-01T00:00:00.000Z");
    const created = [];
    for (let i = 0; i < 5; i++) created.push((await ctx.store.signals.create(signalInput(), [], meta)).signal.id);
    const report = await purgeExpired(ctx.store, {
      now: new Date("2023-02-02T00:00:00.000Z"),
      policy: { signals: { months: 1 }, batchSize: 2 },
    });
    expect(report.signalsDeleted).toBeGreaterThanOrEqual(5);
    for (const id of created) expect(await ctx.store.signals.get(id)).toBeUndefined();
  });

  it("has the practice defaults as data and refuses a nonsensical override", () => {
    expect(retentionPolicy.signals.months).toBe(6);
    expect(retentionPolicy.aanmeldingen.months).toBe(18);
    expect(resolveRetentionPolicy({ aanmeldingen: { months: 24 } })).toMatchObject({
      signals: { months: 6 },
      aanmeldingen: { months: 24 },
    });
    expect(() => resolveRetentionPolicy({ signals: { months: 0 } })).toThrow(/signals\.months/);
  });
});
