import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";

describeEachEngine("audit log", (ctx) => {
  it("records an event with ids only and lists it by record and correlation id", async () => {
    await ctx.store.audit.record({
      actor: "api:0123456789abcdef",
      action: "signal.refuse",
      recordType: "signal_request",
      recordId: "req-1",
      correlationId: "corr-a",
    });
    expect(await ctx.store.audit.forCorrelation("corr-a")).toEqual([
      expect.objectContaining({
        actor: "api:0123456789abcdef",
        action: "signal.refuse",
        recordType: "signal_request",
        recordId: "req-1",
      }),
    ]);
    expect(await ctx.store.audit.forRecord("signal_request", "req-1")).toHaveLength(1);
  });

  it("refuses a free-text actor (a name is personal data)", async () => {
    await expect(
      ctx.store.audit.record({ actor: "Jan Jansen", action: "signal.refuse", recordType: "x", recordId: "1" }),
    ).rejects.toMatchObject({
      kind: "invalid",
      details: { issues: [expect.objectContaining({ field: "actor" })] },
    });
  });

  it("refuses UPDATE, DELETE and TRUNCATE, even in retention mode", async () => {
    await ctx.store.audit.record({
      actor: "system:test",
      action: "test.append",
      recordType: "x",
      recordId: "immutable",
    });
    await expect(
      ctx.store.db
        .updateTable("audit_log")
        .set({ record_id: "changed" })
        .where("record_id", "=", "immutable")
        .execute(),
    ).rejects.toMatchObject({
      kind: "conflict",
      details: { sqlState: "CB001" },
    });
    await expect(
      ctx.store.db.deleteFrom("audit_log").where("record_id", "=", "immutable").execute(),
    ).rejects.toMatchObject({ kind: "conflict" });
    await expect(
      ctx.store.db.transaction().execute(async (trx) => {
        await sql`select set_config('convenantbot.retention', 'on', true)`.execute(trx);
        await trx.deleteFrom("audit_log").where("record_id", "=", "immutable").execute();
      }),
    ).rejects.toMatchObject({ kind: "conflict" });
    await expect(sql`truncate audit_log`.execute(ctx.store.db)).rejects.toMatchObject({ kind: "conflict" });
    expect(await ctx.store.audit.forRecord("x", "immutable")).toHaveLength(1);
  });
});
