// PGlite has no autovacuum: vacuumEmbedded does its work (visibility map, statistics) one table
// at a time; on a Postgres server it leaves that to the server's autovacuum.
import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { vacuumEmbedded } from "./vacuum-embedded.js";

describeEachEngine("vacuumEmbedded", (ctx) => {
  /** What VACUUM (ANALYZE) records in pg_class: the row estimate and the pages all visible. */
  const relation = async (table: string) =>
    (
      await sql<{ reltuples: number; relallvisible: number }>`
        select c.reltuples::float8 as reltuples, c.relallvisible from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ${ctx.store.schema} and c.relname = ${table}`.execute(ctx.store.db)
    ).rows[0]!;

  it("on PGlite vacuums and analyzes every table of the schema, rows intact; on a server it leaves that to autovacuum", async () => {
    for (let i = 0; i < 50; i++) await ctx.store.botStorage.write({ [`vacuum-test/${i}`]: { n: i } });
    const before = await relation("bot_state");
    const report = await vacuumEmbedded(ctx.store);
    expect(report.engine).toBe(ctx.engine);
    if (ctx.engine === "postgres") {
      expect(report.tables).toEqual([]);
      return;
    }
    expect(report.tables).toEqual(expect.arrayContaining(["bot_state", "aanmeldingen", "signals", "kysely_migration"]));
    // Never analyzed before (-1: no estimate), no page marked all-visible: now both are there.
    expect(before.reltuples).toBe(-1);
    expect(before.relallvisible).toBe(0);
    const after = await relation("bot_state");
    expect(after.reltuples).toBeGreaterThanOrEqual(50);
    expect(after.relallvisible).toBeGreaterThan(0);
    expect((await ctx.store.botStorage.read(["vacuum-test/49"]))["vacuum-test/49"]).toMatchObject({ n: 49 });
  });
});
