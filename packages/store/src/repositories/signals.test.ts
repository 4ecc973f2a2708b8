import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { meta, seedTestParties, signalInput } from "../testing/fixtures.js";

describeEachEngine("signals", (ctx) => {
  it("writes the signal, its recipients, first history entry, audit row and deliveries together", async () => {
    await seedTestParties(ctx.store);
    const { signal, created, deliveryIds } = await ctx.store.signals.create(
      signalInput({ recipientPartyIds: ["test-meldpunt", "test-zorg", "test-meldpunt"], dueDate: "2025-06-01" }),
      [
        { kind: "teams.signal_card", target: "party:test-meldpunt", payload: { signal: "card" } },
        { kind: "teams.signal_card", target: "party:test-zorg", payload: { signal: "card" } },
      ],
      meta,
    );
    expect(created).toBe(true);
    expect(signal).toMatchObject({
      status: "nieuw",
      channel: "convenant",
      recipientPartyIds: ["test-meldpunt", "test-zorg"],
      dueDate: "2025-06-01",
    });
    expect(await ctx.store.signals.require(signal.id)).toEqual(signal);
    expect((await ctx.store.signals.history(signal.id)).map((h) => [h.fromStatus, h.toStatus, h.action])).toEqual([
      [null, "nieuw", "ontvangen"],
    ]);
    expect((await ctx.store.audit.forRecord("signal", signal.id)).map((e) => e.action)).toEqual(["signal.create"]);
    const outbox = await ctx.store.outbox.forRecord("signal", signal.id);
    expect(outbox.map((d) => d.id).sort()).toEqual([...deliveryIds].sort());
    expect(outbox.every((d) => d.deliveredAt === null && d.attempts === 0)).toBe(true);
  });

  it("keeps the sender's own dossier number, one or in a batch, and finds the newest by it for the sending party only", async () => {
    await seedTestParties(ctx.store);
    const own = `HV/${randomUUID().slice(0, 8)}`; // per engine run: its own number
    ctx.clock.set("2026-03-02T09:00:00Z");
    const older = await ctx.store.signals.create(signalInput({ ownReference: own }), [], meta);
    ctx.clock.advance(60_000);
    const [newer] = await ctx.store.signals.createMany(
      [{ input: signalInput({ ownReference: own.toLowerCase() }), deliveries: [] }],
      meta,
    );
    const none = await ctx.store.signals.create(signalInput(), [], meta);
    ctx.clock.reset();
    expect(older.signal.ownReference).toBe(own);
    expect((await ctx.store.signals.get(older.signal.id))!.ownReference).toBe(own);
    expect(none.signal.ownReference).toBeNull();
    expect(newer!.ok && newer!.signal.ownReference).toBe(own.toLowerCase());
    // However it is typed; the newest of one client file's signals.
    expect((await ctx.store.signals.getByOwnReference("test-verhuurder", ` ${own.toUpperCase()} `))?.id).toBe(
      newer!.ok ? newer!.signal.id : "",
    );
    // Never another party's numbers: the recipient finds nothing by it.
    expect(await ctx.store.signals.getByOwnReference("test-meldpunt", own)).toBeUndefined();
    expect(await ctx.store.signals.getByOwnReference("test-verhuurder", `${own}x`)).toBeUndefined();
  });

  it("returns the first signal for a repeated idempotency key and writes nothing new", async () => {
    await seedTestParties(ctx.store);
    const input = signalInput();
    const delivery = [{ kind: "teams.signal_card", target: "party:test-meldpunt", payload: {} }];
    const first = await ctx.store.signals.create(input, delivery, meta);
    const again = await ctx.store.signals.create(input, delivery, meta);
    expect(again).toEqual({ signal: first.signal, created: false, deliveryIds: [] });
    expect(await ctx.store.outbox.forRecord("signal", first.signal.id)).toHaveLength(1);
  });

  it("refuses the same idempotency key with other content as a conflict", async () => {
    await seedTestParties(ctx.store);
    const input = signalInput();
    await ctx.store.signals.create(input, [], meta);
    await expect(
      ctx.store.signals.create({ ...input, payload: { maandenAchterstand: 5 } }, [], meta),
    ).rejects.toMatchObject({
      kind: "conflict",
      details: { constraint: "signals_sender_idempotency_key" },
    });
  });

  it("lets another sender use the same idempotency key", async () => {
    await seedTestParties(ctx.store);
    const input = signalInput();
    const a = await ctx.store.signals.create(input, [], meta);
    const b = await ctx.store.signals.create({ ...input, senderPartyId: "test-zorg" }, [], meta);
    expect(b.created).toBe(true);
    expect(b.signal.id).not.toBe(a.signal.id);
  });

  it("rolls everything back when a delivery is invalid: no signal without its deliveries", async () => {
    await seedTestParties(ctx.store);
    const input = signalInput();
    await expect(ctx.store.signals.create(input, [{ kind: "", target: "x", payload: {} }], meta)).rejects.toMatchObject(
      { kind: "invalid" },
    );
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from signals where idempotency_key = ${input.idempotencyKey}`.execute(ctx.store.db);
    expect(rows[0]?.n).toBe(0);
  });

  it("answers not_found for an unknown recipient party", async () => {
    await seedTestParties(ctx.store);
    await expect(
      ctx.store.signals.create(signalInput({ recipientPartyIds: ["no-such-party"] }), [], meta),
    ).rejects.toMatchObject({
      kind: "not_found",
      details: { constraint: "signal_recipients_party_id_fkey" },
    });
  });

  it("records transitions in the history, with owner, and refuses a stale expected status", async () => {
    const { member } = await seedTestParties(ctx.store);
    const { signal } = await ctx.store.signals.create(signalInput(), [], meta);
    const bevestigd = await ctx.store.signals.transition(
      signal.id,
      {
        to: "bevestigd",
        expectedStatus: "nieuw",
        action: "bevestigen",
        ownerPartyId: "test-meldpunt",
        ownerMemberId: member.id,
      },
      meta,
    );
    expect(bevestigd).toMatchObject({
      status: "bevestigd",
      ownerPartyId: "test-meldpunt",
      ownerMemberId: member.id,
      closedAt: null,
    });
    await expect(
      ctx.store.signals.transition(
        signal.id,
        { to: "in_behandeling", expectedStatus: "nieuw", action: "oppakken" },
        meta,
      ),
    ).rejects.toMatchObject({
      kind: "conflict",
    });
    await ctx.store.signals.transition(
      signal.id,
      { to: "in_behandeling", expectedStatus: "bevestigd", action: "oppakken" },
      meta,
    );
    const closed = await ctx.store.signals.transition(
      signal.id,
      { to: "afgesloten", action: "afsluiten", outcome: "betalingsregeling" },
      meta,
    );
    expect(closed).toMatchObject({ status: "afgesloten", outcome: "betalingsregeling", closedAt: expect.any(String) });
    expect(
      (await ctx.store.signals.history(signal.id)).map((h) => `${h.fromStatus ?? "-"}>${h.toStatus}:${h.action}`),
    ).toEqual([
      "->nieuw:ontvangen",
      "nieuw>bevestigd:bevestigen",
      "bevestigd>in_behandeling:oppakken",
      "in_behandeling>afgesloten:afsluiten",
    ]);
  });

  it("keeps a forwarded signal open (doorgestuurd lives on with its new owner) and stores the Wgs channel", async () => {
    await seedTestParties(ctx.store);
    const { signal } = await ctx.store.signals.create(signalInput({ channel: "vroegsignalering" }), [], meta);
    const forwarded = await ctx.store.signals.transition(
      signal.id,
      { to: "doorgestuurd", action: "doorsturen", ownerPartyId: "test-zorg" },
      meta,
    );
    expect(forwarded).toMatchObject({
      channel: "vroegsignalering",
      status: "doorgestuurd",
      ownerPartyId: "test-zorg",
      closedAt: null,
    });
  });

  it("keeps the history append-only: UPDATE and DELETE are refused as conflict", async () => {
    await seedTestParties(ctx.store);
    const { signal } = await ctx.store.signals.create(signalInput(), [], meta);
    await expect(
      ctx.store.db.updateTable("signal_history").set({ note: "changed" }).where("signal_id", "=", signal.id).execute(),
    ).rejects.toMatchObject({
      kind: "conflict",
      details: { sqlState: "CB001" },
    });
    await expect(ctx.store.db.deleteFrom("signals").where("id", "=", signal.id).execute()).rejects.toMatchObject({
      kind: "conflict",
    });
    expect(await ctx.store.signals.history(signal.id)).toHaveLength(1);
  });

  it("derives the status from the one history: the domain's lines per lifecycle, the primary's decides, a taken seq is a conflict", async () => {
    await seedTestParties(ctx.store);
    const receipt = (partyId: string, role: "meldpunt" | "zorgorganisatie") => ({
      lifecycle: partyId,
      entry: {
        seq: 0,
        action: "ontvangen" as const,
        at: "2026-03-02T09:00:00+01:00",
        actorPartyId: "test-verhuurder",
        from: null,
        to: "nieuw" as const,
        toPartyId: partyId,
        toRole: role,
      },
    });
    const { signal } = await ctx.store.signals.create(
      signalInput({
        recipientPartyIds: ["test-meldpunt", "test-zorg"],
        history: [receipt("test-meldpunt", "meldpunt"), receipt("test-zorg", "zorgorganisatie")],
      }),
      [],
      meta,
    );
    expect(signal).toMatchObject({ status: "nieuw", ownerPartyId: "test-meldpunt" });
    expect(signal.history.map((l) => `${l.lifecycle}:${l.entry.action}:${l.entry.at}`)).toEqual([
      "test-meldpunt:ontvangen:2026-03-02T08:00:00.000Z",
      "test-zorg:ontvangen:2026-03-02T08:00:00.000Z",
    ]);
    const taken = {
      seq: 1,
      action: "oppakken" as const,
      at: "2026-03-02T10:00:00.000Z",
      actorPartyId: "test-zorg",
      from: "nieuw" as const,
      to: "in_behandeling" as const,
    };
    // The second lifecycle moves; the signal's status (its primary lifecycle's) does not.
    const afterZorg = await ctx.store.signals.transition(signal.id, { lifecycle: "test-zorg", line: taken }, meta);
    expect(afterZorg.status).toBe("nieuw");
    await expect(
      ctx.store.signals.transition(signal.id, { lifecycle: "test-zorg", line: taken }, meta),
    ).rejects.toMatchObject({ kind: "conflict" });
    const afterMeldpunt = await ctx.store.signals.transition(
      signal.id,
      { lifecycle: "test-meldpunt", line: { ...taken, actorPartyId: "test-meldpunt" } },
      meta,
    );
    expect(afterMeldpunt).toMatchObject({ status: "in_behandeling", ownerPartyId: "test-meldpunt" });
    expect(await ctx.store.signals.require(signal.id)).toEqual(afterMeldpunt);
    expect((await ctx.store.audit.forRecord("signal", signal.id)).map((e) => e.action)).toEqual([
      "signal.create",
      "signal.oppakken",
      "signal.oppakken",
    ]);
  });

  it("lists a party's inbox: received or owned signals, filtered by status", async () => {
    await seedTestParties(ctx.store);
    const toZorg = await ctx.store.signals.create(signalInput({ recipientPartyIds: ["test-zorg"] }), [], meta);
    const owned = await ctx.store.signals.create(
      signalInput({ recipientPartyIds: ["test-meldpunt"], ownerPartyId: "test-zorg" }),
      [],
      meta,
    );
    const other = await ctx.store.signals.create(signalInput({ recipientPartyIds: ["test-meldpunt"] }), [], meta);
    const inbox = (await ctx.store.signals.listForParty("test-zorg", { statuses: ["nieuw"] })).map((s) => s.id);
    expect(inbox).toEqual(expect.arrayContaining([toZorg.signal.id, owned.signal.id]));
    expect(inbox).not.toContain(other.signal.id);
  });
});

describeEachEngine("signals in bulk (createMany)", (ctx) => {
  it("stores each signal as create does, in one call: recipients, history, audit and deliveries", async () => {
    await seedTestParties(ctx.store);
    const items = [0, 1, 2].map((i) => ({
      input: signalInput({ idempotencyKey: `bulk-${i}-${Math.random()}`, recipientPartyIds: ["test-meldpunt"] }),
      deliveries: [{ kind: "teams.signal_card", target: "party:test-meldpunt", payload: { n: i } }],
    }));
    const results = await ctx.store.signals.createMany(items, meta);
    expect(results.map((r) => r.ok && r.created)).toEqual([true, true, true]);
    for (const result of results) {
      if (!result.ok) throw result.error;
      expect(await ctx.store.signals.require(result.signal.id)).toEqual(result.signal);
      expect((await ctx.store.signals.history(result.signal.id)).map((h) => h.action)).toEqual(["ontvangen"]);
      expect((await ctx.store.audit.forRecord("signal", result.signal.id)).map((e) => e.action)).toEqual([
        "signal.create",
      ]);
      expect((await ctx.store.outbox.forRecord("signal", result.signal.id)).map((d) => d.id)).toEqual(
        result.deliveryIds,
      );
    }
  });

  it("writes an item's own actor and correlation id (single requests committed together) into its audit row and history", async () => {
    await seedTestParties(ctx.store);
    const own = (n: number) => ({ actor: `api:key-${n}`, correlationId: `corr-${n}` });
    const results = await ctx.store.signals.createMany(
      [1, 2].map((n) => ({
        input: signalInput({ idempotencyKey: `own-meta-${n}-${Math.random()}` }),
        deliveries: [],
        meta: own(n),
      })),
      meta,
    );
    for (const [i, result] of results.entries()) {
      if (!result.ok) throw result.error;
      const [entry] = await ctx.store.audit.forRecord("signal", result.signal.id);
      expect(entry).toMatchObject({ actor: own(i + 1).actor, correlationId: own(i + 1).correlationId });
      const [line] = await ctx.store.signals.history(result.signal.id);
      expect(line?.actor).toBe(own(i + 1).actor);
    }
  });

  it("gives each new row a short kenmerk, like create does; repeated keys use no number", async () => {
    await seedTestParties(ctx.store);
    const prefix = `B${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`; // per engine run: its own counter
    const first = await ctx.store.signals.create(
      signalInput({ idempotencyKey: `k-${prefix}-seen`, kenmerkPrefix: prefix }),
      [],
      meta,
    );
    const results = await ctx.store.signals.createMany(
      [
        { input: signalInput({ idempotencyKey: `k-${prefix}-a`, kenmerkPrefix: prefix }), deliveries: [] },
        { input: signalInput({ idempotencyKey: `k-${prefix}-seen`, kenmerkPrefix: prefix }), deliveries: [] },
        { input: signalInput({ idempotencyKey: `k-${prefix}-b`, kenmerkPrefix: prefix }), deliveries: [] },
        { input: signalInput({ idempotencyKey: `k-${prefix}-a`, kenmerkPrefix: prefix }), deliveries: [] },
        { input: signalInput({ idempotencyKey: `k-${prefix}-none` }), deliveries: [] },
      ],
      meta,
    );
    const kenmerken = results.map((r) => (r.ok ? r.signal.kenmerk : "error"));
    const n = Number(first.signal.kenmerk!.slice(-4));
    const year = first.signal.kenmerk!.slice(prefix.length + 1, prefix.length + 5);
    const k = (i: number) => `${prefix}-${year}-${String(i).padStart(4, "0")}`;
    expect(kenmerken).toEqual([k(n + 1), first.signal.kenmerk, k(n + 2), k(n + 1), null]);
    // The next single signal continues the same sequence: no number was used twice or lost.
    expect((await ctx.store.signals.create(signalInput({ kenmerkPrefix: prefix }), [], meta)).signal.kenmerk).toBe(
      k(n + 3),
    );
  });

  it("a repeated key answers the first signal, other content under a key is a conflict, the rest is stored", async () => {
    await seedTestParties(ctx.store);
    const earlier = await ctx.store.signals.create(signalInput({ idempotencyKey: "seen" }), [], meta);
    const results = await ctx.store.signals.createMany(
      [
        { input: signalInput({ idempotencyKey: "seen" }), deliveries: [] },
        { input: signalInput({ idempotencyKey: "new" }), deliveries: [] },
        { input: signalInput({ idempotencyKey: "new" }), deliveries: [] },
        { input: signalInput({ idempotencyKey: "seen", payload: { other: true } }), deliveries: [] },
      ],
      meta,
    );
    expect(results[0]).toEqual({ ok: true, signal: earlier.signal, created: false, deliveryIds: [] });
    expect(results[1]).toMatchObject({ ok: true, created: true });
    expect(results[2]).toMatchObject({ ok: true, created: false });
    if (results[1]!.ok && results[2]!.ok) expect(results[2]!.signal.id).toBe(results[1]!.signal.id);
    expect(results[3]).toMatchObject({ ok: false, error: { kind: "conflict" } });
    const stored = await ctx.store.db
      .selectFrom("signals")
      .select("idempotency_key")
      .where("idempotency_key", "in", ["seen", "new"])
      .execute();
    expect(stored.map((r) => r.idempotency_key).sort()).toEqual(["new", "seen"]);
  });
});
