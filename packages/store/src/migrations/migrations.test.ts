import { Migrator, sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { migrations } from "./index.js";
import { migrateToLatest } from "./migrate.js";

describeEachEngine("migrations", (ctx) => {
  it("applies every migration, in name order, on open", () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    expect(ctx.store.migrations.applied).toEqual(names);
  });

  it("is a no-op when run again", async () => {
    const again = await migrateToLatest(ctx.store.db, ctx.store.schema);
    expect(again.applied).toEqual([]);
  });

  it("a schema one migration behind gets it (a complete one is skipped with one select)", async () => {
    const names = Object.keys(migrations);
    const migrator = new Migrator({
      db: ctx.store.db,
      provider: { getMigrations: async () => migrations },
      migrationTableSchema: ctx.store.schema,
    });
    const down = await migrator.migrateTo(names.at(-2)!);
    expect(down.error).toBeUndefined();
    expect((await migrateToLatest(ctx.store.db, ctx.store.schema)).applied).toEqual([names.at(-1)]);
    expect((await migrateToLatest(ctx.store.db, ctx.store.schema)).applied).toEqual([]);
  });

  it("creates every table in the store's own schema", async () => {
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = ${ctx.store.schema} order by table_name`.execute(
      ctx.store.db,
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        "aanmeldingen",
        "api_credentials",
        "audit_log",
        "bot_state",
        "conversation_references",
        "housing_offers",
        "kysely_migration",
        "leases",
        "members",
        "outbox",
        "parties",
        "party_rulebooks",
        "signal_history",
        "signal_recipients",
        "signals",
      ]),
    );
  });
});
