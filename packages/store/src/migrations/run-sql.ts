import { sql, type Kysely } from "kysely";

/** Migrations are plain SQL, one statement per call so both engines run them the same way. */
export async function runSql(db: Kysely<any>, statements: readonly string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
