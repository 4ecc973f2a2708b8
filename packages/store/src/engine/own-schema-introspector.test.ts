import pg from "pg";
import { expect, it } from "vitest";
import { describePostgresOnly } from "../testing/engines.js";
import { newTestSchemaName } from "../testing/postgres-url.js";

describePostgresOnly("the migrator's introspection while other schemas come and go", (ctx) => {
  it("never fails when another process drops schemas meanwhile (Kysely's own failed with 3F000)", async () => {
    const churn = new pg.Pool({ connectionString: ctx.databaseUrl, max: 3 });
    let done = false;
    const churner = async (n: number) => {
      for (let i = 0; !done; i++) {
        const schema = `${newTestSchemaName()}_churn${n}_${i}`;
        await churn.query(`create schema "${schema}"; create table "${schema}".t (id serial primary key, a text)`);
        await churn.query(`drop schema "${schema}" cascade`);
      }
    };
    const churners = [0, 1, 2].map(churner);
    let failures = 0;
    try {
      for (let i = 0; i < 150; i++) {
        const tables = await ctx.store.db.introspection.getTables({ withInternalKyselyTables: true }).catch(() => {
          failures += 1;
          return [];
        });
        if (i === 0) {
          expect(tables.map((t) => t.name)).toEqual(
            expect.arrayContaining(["kysely_migration", "signals", "bot_state"]),
          );
          expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([ctx.store.schema]));
        }
      }
    } finally {
      done = true;
      await Promise.all(churners);
      await churn.end();
    }
    expect(failures).toBe(0);
  }, 60_000);
});
