import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { meta, seedTestParties } from "../testing/fixtures.js";
import { parseApiToken, VERIFIED_FOR_MS } from "./api-credentials.js";

describeEachEngine("API credentials", (ctx) => {
  it("issues a token once, stores only its hash, and verifies it to the party", async () => {
    await seedTestParties(ctx.store);
    const { credential, token } = await ctx.store.apiCredentials.issue(
      { partyId: "test-verhuurder", label: "ERP koppeling" },
      meta,
    );
    const secret = parseApiToken(token)!.secret;
    const { rows } = await sql<{
      secret_hash: string;
    }>`select secret_hash from api_credentials where key_id = ${credential.keyId}`.execute(ctx.store.db);
    expect(rows[0]?.secret_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(rows[0]?.secret_hash).not.toContain(secret);
    expect(await ctx.store.apiCredentials.verify(token)).toEqual({
      keyId: credential.keyId,
      partyId: "test-verhuurder",
    });
    expect(
      (await ctx.store.apiCredentials.listForParty("test-verhuurder")).find((c) => c.keyId === credential.keyId)
        ?.lastUsedAt,
    ).not.toBeNull();
  });

  it("keeps last_used_at to the minute: uses within a minute of the recorded one only read", async () => {
    await seedTestParties(ctx.store);
    const { credential, token } = await ctx.store.apiCredentials.issue({ partyId: "test-verhuurder" }, meta);
    const lastUsed = async () =>
      (await ctx.store.apiCredentials.listForParty("test-verhuurder")).find((c) => c.keyId === credential.keyId)
        ?.lastUsedAt;
    ctx.clock.set("2026-05-01T10:00:00.000Z");
    await ctx.store.apiCredentials.verify(token);
    ctx.clock.set("2026-05-01T10:00:59.000Z");
    await ctx.store.apiCredentials.verify(token);
    expect(await lastUsed()).toBe("2026-05-01T10:00:00.000Z");
    ctx.clock.set("2026-05-01T10:01:00.000Z");
    await ctx.store.apiCredentials.verify(token);
    expect(await lastUsed()).toBe("2026-05-01T10:01:00.000Z");
  });

  it("keeps a verified key for a second: a revocation here is seen at once, one by another process within that second", async () => {
    await seedTestParties(ctx.store);
    ctx.clock.set("2026-05-02T09:00:00.000Z");
    const first = await ctx.store.apiCredentials.issue({ partyId: "test-verhuurder" }, meta);
    expect(await ctx.store.apiCredentials.verify(first.token)).toMatchObject({ keyId: first.credential.keyId });
    // Another process revokes (the row changes behind this repository's back).
    await ctx.store.db
      .updateTable("api_credentials")
      .set({ revoked_at: "2026-05-02T09:00:00.000Z" })
      .where("key_id", "=", first.credential.keyId)
      .execute();
    ctx.clock.set(new Date(Date.parse("2026-05-02T09:00:00.000Z") + VERIFIED_FOR_MS - 1).toISOString());
    expect(await ctx.store.apiCredentials.verify(first.token)).toBeDefined(); // the documented window
    ctx.clock.set(new Date(Date.parse("2026-05-02T09:00:00.000Z") + VERIFIED_FOR_MS + 1).toISOString());
    expect(await ctx.store.apiCredentials.verify(first.token)).toBeUndefined();

    const second = await ctx.store.apiCredentials.issue({ partyId: "test-verhuurder" }, meta);
    expect(await ctx.store.apiCredentials.verify(second.token)).toBeDefined();
    await ctx.store.apiCredentials.revoke(second.credential.keyId, meta);
    expect(await ctx.store.apiCredentials.verify(second.token)).toBeUndefined();
  });

  it("rejects a wrong secret, a malformed token and an unknown key alike", async () => {
    await seedTestParties(ctx.store);
    const { token } = await ctx.store.apiCredentials.issue({ partyId: "test-verhuurder" }, meta);
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(await ctx.store.apiCredentials.verify(token.slice(0, -1) + last)).toBeUndefined();
    expect(await ctx.store.apiCredentials.verify("Bearer nonsense")).toBeUndefined();
    expect(await ctx.store.apiCredentials.verify(`cbk_0000000000000000_${"a".repeat(43)}`)).toBeUndefined();
  });

  it("stops verifying a revoked key and audits issue and revoke", async () => {
    await seedTestParties(ctx.store);
    const { credential, token } = await ctx.store.apiCredentials.issue({ partyId: "test-verhuurder" }, meta);
    await ctx.store.apiCredentials.revoke(credential.keyId, meta);
    expect(await ctx.store.apiCredentials.verify(token)).toBeUndefined();
    expect((await ctx.store.audit.forRecord("api_credential", credential.keyId)).map((e) => e.action)).toEqual([
      "api_credential.issue",
      "api_credential.revoke",
    ]);
    await expect(ctx.store.apiCredentials.revoke("ffffffffffffffff", meta)).rejects.toMatchObject({
      kind: "not_found",
    });
  });
});
