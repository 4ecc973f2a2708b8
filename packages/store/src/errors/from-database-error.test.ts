import { describe, expect, it } from "vitest";
import { fromDatabaseError } from "./from-database-error.js";
import { StoreError } from "./store-error.js";

function dbError(fields: Record<string, string>): Error {
  return Object.assign(new Error("raw database message"), fields);
}

describe("fromDatabaseError", () => {
  it("turns a unique violation into a conflict without quoting the values", () => {
    const error = fromDatabaseError(
      dbError({
        code: "23505",
        constraint: "members_teams_user_id_key",
        table: "members",
        detail: "Key (teams_user_id)=(29:secret) already exists.",
      }),
    );
    expect(error).toBeInstanceOf(StoreError);
    const e = error as StoreError;
    expect(e.kind).toBe("conflict");
    expect(e.message_nl).toContain("teamsUserId");
    expect(e.message_en).toContain("teamsUserId");
    expect(e.message).not.toContain("29:secret");
  });

  it("words an unlisted unique constraint generically by its columns", () => {
    const e = fromDatabaseError(
      dbError({ code: "23505", constraint: "x_key", table: "things", detail: "Key (a, b)=(1, 2) already exists." }),
    ) as StoreError;
    expect(e.kind).toBe("conflict");
    expect(e.message_en).toContain("a, b");
    expect(e.message).not.toContain("(1, 2)");
  });

  it("treats a missing referenced row as not_found and a still-referenced row as conflict", () => {
    const missing = fromDatabaseError(
      dbError({
        code: "23503",
        constraint: "members_party_id_fkey",
        table: "members",
        detail: 'Key (party_id)=(x) is not present in table "parties".',
      }),
    ) as StoreError;
    expect(missing.kind).toBe("not_found");
    expect(missing.message_nl).toContain("partyId");
    const inUse = fromDatabaseError(
      dbError({
        code: "23503",
        constraint: "members_party_id_fkey",
        table: "members",
        detail: 'Key (id)=(x) is still referenced from table "members".',
      }),
    ) as StoreError;
    expect(inUse.kind).toBe("conflict");
  });

  it("maps check, not-null and malformed values to invalid", () => {
    for (const code of ["23514", "23502", "22P02", "22007"]) {
      expect((fromDatabaseError(dbError({ code, table: "t" })) as StoreError).kind).toBe("invalid");
    }
  });

  it("maps the append-only guard to a conflict naming the table", () => {
    const e = fromDatabaseError(dbError({ code: "CB001", table: "audit_log" })) as StoreError;
    expect(e.kind).toBe("conflict");
    expect(e.message_en).toContain("audit_log");
    expect(e.message_nl).toContain("append-only");
  });

  it("leaves other errors alone (a connection loss is not the caller's input)", () => {
    const original = dbError({ code: "08006" });
    expect(fromDatabaseError(original)).toBe(original);
    const plain = new Error("no code");
    expect(fromDatabaseError(plain)).toBe(plain);
  });
});
