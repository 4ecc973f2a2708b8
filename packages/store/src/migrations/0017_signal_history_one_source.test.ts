// Migration 0017 on data of the old shape: the schema is taken back to 0016, rows are written
// as the bot wrote them then (lifecycle JSON in signals.state, the primary's status rows and
// an escalation row in signal_history), and 0017 runs again. Every status stays what it was.
import { randomUUID } from "node:crypto";
import { deriveSignalStates, signalStatusOf } from "@convenantbot/domain";
import { Migrator, sql, type Kysely } from "kysely";
import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { seedTestParties } from "../testing/fixtures.js";
import { migrations } from "./index.js";
import { migrateToLatest } from "./migrate.js";

const T = (minute: number) => `2026-03-02T08:${String(minute).padStart(2, "0")}:00.000Z`;
const entry = (
  seq: number,
  action: string,
  minute: number,
  actorPartyId: string,
  from: string | null,
  to: string,
  extra: Record<string, unknown> = {},
) => ({
  seq,
  action,
  at: T(minute),
  actorPartyId,
  from,
  to,
  ...extra,
});

describeEachEngine("migration 0017: one signal history", (ctx) => {
  it("rewrites old signals into one history each; statuses, owners, audit actors and the escalation survive", async () => {
    await seedTestParties(ctx.store);
    const db = ctx.store.db as unknown as Kysely<any>;
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
      migrationTableSchema: ctx.store.schema,
    });
    const down = await migrator.migrateTo("0016_case_history_retention");
    expect(down.error).toBeUndefined();

    // A: two lifecycles. The Meldpunt (primary) acknowledged and took it; the zorg party forwarded
    // its copy to the landlord, whose term then lapsed and was escalated.
    const a = randomUUID();
    const meldpunt = {
      ownerPartyId: "test-meldpunt",
      ownerRole: "meldpunt",
      evictionImminent: true,
      caseContext: { supportPartyId: "test-zorg" },
      history: [
        entry(0, "ontvangen", 0, "test-verhuurder", null, "nieuw", { toPartyId: "test-meldpunt" }),
        entry(1, "bevestigen", 5, "test-meldpunt", "nieuw", "bevestigd", { actorUserId: "m-1" }),
        entry(2, "oppakken", 9, "test-meldpunt", "bevestigd", "in_behandeling", { actorUserId: "m-1" }),
      ],
    };
    const zorg = {
      ownerPartyId: "test-verhuurder",
      ownerRole: "sociale_verhuurder",
      evictionImminent: true,
      history: [
        entry(0, "ontvangen", 0, "test-verhuurder", null, "nieuw", { toPartyId: "test-zorg" }),
        entry(1, "doorsturen", 7, "test-zorg", "nieuw", "doorgestuurd", { toPartyId: "test-verhuurder" }),
      ],
    };
    // B: from before signals.state: its rows only.
    const b = randomUUID();
    const signal = (id: string, status: string, state: unknown) => ({
      id,
      type: "huurachterstand",
      channel: "convenant",
      rulebook: "test-rulebook",
      sender_party_id: "test-verhuurder",
      payload: "{}",
      status,
      owner_party_id: "test-meldpunt",
      idempotency_key: id,
      created_at: T(0),
      updated_at: T(9),
      state: state ? JSON.stringify(state) : null,
    });
    await db
      .insertInto("signals")
      .values([
        signal(a, "in_behandeling", { byRecipient: { "test-meldpunt": meldpunt, "test-zorg": zorg } }),
        signal(b, "bevestigd", null),
      ])
      .execute();
    await db
      .insertInto("signal_recipients")
      .values([
        { signal_id: a, party_id: "test-meldpunt" },
        { signal_id: a, party_id: "test-zorg" },
        { signal_id: b, party_id: "test-meldpunt" },
      ])
      .execute();
    const row = (
      signal_id: string,
      minute: number,
      actor: string,
      from_status: string | null,
      to_status: string,
      action: string,
      note: string | null = null,
    ) => ({ signal_id, at: T(minute), actor, from_status, to_status, action, note });
    await db
      .insertInto("signal_history")
      .values([
        row(a, 0, "api:landlord", null, "nieuw", "ontvangen"),
        row(a, 5, "member:m-1", "nieuw", "bevestigd", "bevestigen"),
        row(a, 7, "member:m-2", "bevestigd", "bevestigd", "doorsturen"),
        row(a, 9, "member:m-1", "bevestigd", "in_behandeling", "oppakken"),
        row(a, 30, "system:escalation", "in_behandeling", "in_behandeling", "escaleren", "owner:test-verhuurder"),
        row(b, 0, "api:landlord", null, "nieuw", "ontvangen"),
        row(b, 4, "member:m-3", "nieuw", "bevestigd", "bevestigen"),
      ])
      .execute();

    // 0017 runs again (and every later migration after it).
    expect((await migrateToLatest(db, ctx.store.schema)).applied[0]).toBe("0017_signal_history_one_source");

    const storedA = await ctx.store.signals.require(a);
    const facts = {
      rulebook: "test-rulebook",
      type: "huurachterstand" as const,
      channel: "convenant" as const,
      senderPartyId: "test-verhuurder",
    };
    const states = deriveSignalStates(facts, storedA.history).byRecipient;
    expect(signalStatusOf(storedA.history)).toMatchObject({
      primary: "test-meldpunt",
      status: "in_behandeling",
      ownerPartyId: "test-meldpunt",
    });
    expect(storedA).toMatchObject({ status: "in_behandeling", ownerPartyId: "test-meldpunt" });
    expect(states["test-meldpunt"]).toMatchObject({
      status: "in_behandeling",
      ownerRole: "meldpunt",
      evictionImminent: true,
      caseContext: { supportPartyId: "test-zorg" },
      acknowledgedAt: T(5),
      takenAt: T(9),
    });
    expect(states["test-zorg"]).toMatchObject({
      status: "doorgestuurd",
      ownerPartyId: "test-verhuurder",
      ownerRole: "sociale_verhuurder",
      receivedAt: T(7),
    });
    // The escalation is now a line of the lifecycle it escalated, which the card and tab show.
    expect(states["test-zorg"]!.history.map((h) => `${h.seq}:${h.action}`)).toEqual([
      "0:ontvangen",
      "1:doorsturen",
      "2:escaleren",
    ]);
    // Who did it (the audit id) stays on each line.
    const history = await ctx.store.signals.history(a);
    expect(history.map((h) => `${h.lifecycle}:${h.action}:${h.actor}`)).toEqual([
      "test-meldpunt:ontvangen:api:landlord",
      "test-zorg:ontvangen:api:landlord",
      "test-meldpunt:bevestigen:member:m-1",
      "test-zorg:doorsturen:member:m-2",
      "test-meldpunt:oppakken:member:m-1",
      "test-zorg:escaleren:system:escalation",
    ]);

    const storedB = await ctx.store.signals.require(b);
    expect(signalStatusOf(storedB.history)).toMatchObject({ status: "bevestigd", ownerPartyId: "test-meldpunt" });
    expect(deriveSignalStates(facts, storedB.history).byRecipient["test-meldpunt"]).toMatchObject({
      status: "bevestigd",
      ownerRole: "meldpunt",
    });

    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from information_schema.columns where table_schema = ${ctx.store.schema} and table_name = 'signals' and column_name = 'state'`.execute(
      db,
    );
    expect(rows[0]?.n).toBe(0);
  });
});
