import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { meta, seedTestParties } from "../testing/fixtures.js";
import { StoreError } from "../errors/store-error.js";

describeEachEngine("parties and members", (ctx) => {
  it("upserts a party with the domain's fields and its rulebooks", async () => {
    await ctx.store.parties.upsert(
      {
        id: "pm-zorg",
        name: "Zorg A",
        role: "zorgorganisatie",
        signatory: true,
        targetGroups: ["GGZ"],
        rulebookIds: ["rb-1"],
      },
      meta,
    );
    const updated = await ctx.store.parties.upsert(
      {
        id: "pm-zorg",
        name: "Zorg A (nieuw)",
        role: "zorgorganisatie",
        signatory: true,
        targetGroups: ["GGZ"],
        rulebookIds: ["rb-2"],
      },
      meta,
    );
    expect(updated).toMatchObject({
      id: "pm-zorg",
      name: "Zorg A (nieuw)",
      targetGroups: ["GGZ"],
      rulebookIds: ["rb-1", "rb-2"],
    });
    expect((await ctx.store.parties.list({ rulebookId: "rb-2" })).map((p) => p.id)).toEqual(["pm-zorg"]);
    expect((await ctx.store.parties.list({ role: "zorgorganisatie" })).map((p) => p.id)).toContain("pm-zorg");
  });

  it("refuses a party id the domain does not allow", async () => {
    await expect(
      ctx.store.parties.upsert({ id: "Bad Id", name: "x", role: "gemeente", signatory: false }, meta),
    ).rejects.toMatchObject({
      kind: "invalid",
    });
  });

  it("upserts a member by Teams user id and finds it by Teams and AAD id", async () => {
    const { verhuurder, meldpunt } = await seedTestParties(ctx.store);
    const input = {
      teamsUserId: "29:pm-member",
      aadObjectId: "6f1c2a8e-1111-4222-8333-444455556666",
      tenantId: "00000000-0000-0000-0000-000000000001",
      displayName: "A",
      role: "woonconsulent" as const,
      partyId: verhuurder.id,
    };
    const first = await ctx.store.members.upsert(input, meta);
    const second = await ctx.store.members.upsert(
      { ...input, displayName: "B", partyId: meldpunt.id, isCoordinator: true },
      meta,
    );
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ displayName: "B", partyId: meldpunt.id, isCoordinator: true });
    expect((await ctx.store.members.byTeamsUserId("29:pm-member"))?.id).toBe(first.id);
    expect((await ctx.store.members.byAadObjectId(input.tenantId, input.aadObjectId))?.id).toBe(first.id);
    expect((await ctx.store.members.listByParty(meldpunt.id, { coordinatorsOnly: true })).map((m) => m.id)).toContain(
      first.id,
    );
  });

  it("answers not_found, in both languages, for a member of an unknown party", async () => {
    const error = await ctx.store.members
      .upsert(
        {
          teamsUserId: "29:pm-orphan",
          tenantId: "00000000-0000-0000-0000-000000000001",
          displayName: "X",
          role: "begeleider",
          partyId: "no-such-party",
        },
        meta,
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ kind: "not_found", details: { constraint: "members_party_id_fkey" } });
    expect((error as StoreError).message_nl).toContain("partyId");
  });

  it("answers conflict when two members share an AAD object id in one tenant", async () => {
    const { verhuurder } = await seedTestParties(ctx.store);
    const base = {
      tenantId: "00000000-0000-0000-0000-000000000001",
      aadObjectId: "7f1c2a8e-1111-4222-8333-444455556666",
      displayName: "X",
      role: "begeleider" as const,
      partyId: verhuurder.id,
    };
    await ctx.store.members.upsert({ ...base, teamsUserId: "29:pm-aad-1" }, meta);
    await expect(ctx.store.members.upsert({ ...base, teamsUserId: "29:pm-aad-2" }, meta)).rejects.toMatchObject({
      kind: "conflict",
      details: { constraint: "members_tenant_aad_key" },
    });
  });

  it("audits every upsert with the actor and correlation id, ids only", async () => {
    await ctx.store.parties.upsert({ id: "pm-audited", name: "Geheime Naam", role: "gemeente", signatory: true }, meta);
    const entries = await ctx.store.audit.forRecord("party", "pm-audited");
    expect(entries.at(-1)).toMatchObject({
      actor: "system:test",
      action: "party.upsert",
      correlationId: "test-correlation",
    });
    expect(JSON.stringify(entries)).not.toContain("Geheime Naam");
  });
});
