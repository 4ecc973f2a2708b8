import type { ColumnType } from "kysely";

/**
 * jsonb columns are written as JSON text: pg would turn a JS array into a Postgres array
 * literal, so we never hand it a bare object or array.
 */
export type Json<T> = ColumnType<T, string, string>;

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}
