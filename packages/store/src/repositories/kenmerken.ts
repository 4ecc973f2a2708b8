import { formatKenmerk } from "@convenantbot/domain";
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.js";

/**
 * The next short kenmerk for `prefix` in `year` ("HA-2026-0012"), for any record that needs
 * a human handle (signals now; cases may reuse it with their own prefix, e.g. "LV").
 * Call it inside the transaction that stores the record: the upsert locks the counter row,
 * so concurrent callers get consecutive numbers and a rolled-back record gives its number back.
 */
export async function nextKenmerk(db: Kysely<Database>, prefix: string, year: number): Promise<string> {
  const row = await sql<{ last: number }>`
    INSERT INTO kenmerk_sequences (prefix, year, last) VALUES (${prefix.toUpperCase()}, ${year}, 1)
    ON CONFLICT (prefix, year) DO UPDATE SET last = kenmerk_sequences.last + 1
    RETURNING last`.execute(db);
  return formatKenmerk(prefix, year, Number(row.rows[0]!.last));
}

/**
 * `count` consecutive kenmerken for `prefix` in `year` in one statement (a batch of signals):
 * the counter moves by `count` at once, under the same row lock as nextKenmerk.
 */
export async function nextKenmerken(
  db: Kysely<Database>,
  prefix: string,
  year: number,
  count: number,
): Promise<string[]> {
  if (count <= 0) return [];
  const row = await sql<{ last: number }>`
    INSERT INTO kenmerk_sequences (prefix, year, last) VALUES (${prefix.toUpperCase()}, ${year}, ${count})
    ON CONFLICT (prefix, year) DO UPDATE SET last = kenmerk_sequences.last + ${count}
    RETURNING last`.execute(db);
  const last = Number(row.rows[0]!.last);
  return Array.from({ length: count }, (_, i) => formatKenmerk(prefix, year, last - count + 1 + i));
}
