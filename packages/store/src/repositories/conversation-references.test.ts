import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { seedTestParties } from "../testing/fixtures.js";

const reference = (conversationId: string) => ({
  bot: { id: "28:bot", name: "Convenantbot" },
  conversation: {
    id: conversationId,
    name: "",
    isGroup: false,
    conversationType: "personal",
    tenantId: "00000000-0000-0000-0000-000000000001",
  },
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
});

describeEachEngine("conversation references", (ctx) => {
  it("stores a member's personal reference whole and replaces it on the next upsert", async () => {
    const { member } = await seedTestParties(ctx.store);
    const first = await ctx.store.conversations.upsert({ reference: reference("a:personal-1"), memberId: member.id });
    const moved = { ...reference("a:personal-1"), serviceUrl: "https://smba.trafficmanager.net/nl/" };
    const second = await ctx.store.conversations.upsert({ reference: moved, memberId: member.id });
    expect(second.id).toBe(first.id);
    expect(second.reference).toEqual(moved);
    expect((await ctx.store.conversations.forMember(member.id)).map((r) => r.id)).toEqual([first.id]);
  });

  it("finds channel references by Teams channel and party", async () => {
    await seedTestParties(ctx.store);
    const ref = await ctx.store.conversations.upsert({
      reference: reference("19:chan@thread.tacv2;messageid=1"),
      teamsChannelId: "19:chan@thread.tacv2",
      partyId: "test-meldpunt",
    });
    expect((await ctx.store.conversations.forChannel("19:chan@thread.tacv2")).map((r) => r.id)).toEqual([ref.id]);
    expect((await ctx.store.conversations.forParty("test-meldpunt")).map((r) => r.id)).toContain(ref.id);
  });

  it("records a 403 (app removed), clears it on success, and clears it when the app is back", async () => {
    const { member } = await seedTestParties(ctx.store);
    const ref = await ctx.store.conversations.upsert({ reference: reference("a:personal-403"), memberId: member.id });
    await ctx.store.conversations.recordError(ref.id, "403 Forbidden: app removed");
    expect(await ctx.store.conversations.require(ref.id)).toMatchObject({ lastError: "403 Forbidden: app removed" });
    await ctx.store.conversations.recordSuccess(ref.id);
    expect(await ctx.store.conversations.require(ref.id)).toMatchObject({ lastError: null, lastErrorAt: null });
    await ctx.store.conversations.recordError(ref.id, "403");
    await ctx.store.conversations.upsert({ reference: reference("a:personal-403"), memberId: member.id });
    expect((await ctx.store.conversations.require(ref.id)).lastError).toBeNull();
  });

  it("knows the serviceUrl Teams last gave for a tenant (a chat recovered through Graph has none of its own)", async () => {
    const { member } = await seedTestParties(ctx.store);
    const tenantId = "00000000-0000-0000-0000-000000000001";
    expect(await ctx.store.conversations.serviceUrlForTenant("9b3f5c2e-1a7d-4e8b-b6c4-3d2e1f0a9c8b")).toBeUndefined();
    await ctx.store.conversations.upsert({ reference: reference("a:personal-su1"), memberId: member.id, tenantId });
    ctx.clock.advance(1000);
    await ctx.store.conversations.upsert({
      reference: { ...reference("a:personal-su2"), serviceUrl: "https://smba.trafficmanager.net/nl/" },
      memberId: member.id,
      tenantId,
    });
    expect(await ctx.store.conversations.serviceUrlForTenant(tenantId)).toBe("https://smba.trafficmanager.net/nl/");
  });

  it("answers not_found for an unknown reference or member", async () => {
    await expect(
      ctx.store.conversations.recordError("8d1e7d1c-0000-4000-8000-000000000000", "x"),
    ).rejects.toMatchObject({ kind: "not_found" });
    await expect(
      ctx.store.conversations.upsert({
        reference: reference("a:orphan"),
        memberId: "8d1e7d1c-0000-4000-8000-000000000000",
      }),
    ).rejects.toMatchObject({ kind: "not_found" });
  });
});

describeEachEngine("personalForParty: where a party's personal cards may go", (ctx) => {
  const typed = (conversationId: string, conversationType: string) => ({
    ...reference(conversationId),
    conversation: {
      ...reference(conversationId).conversation,
      conversationType,
      isGroup: conversationType !== "personal",
    },
  });

  it("returns only the 1:1 chats of the party's current members, never group chats or channels", async () => {
    const { member } = await seedTestParties(ctx.store);
    const coordinator = await ctx.store.members.upsert(
      {
        teamsUserId: "29:test-coordinator",
        tenantId: "00000000-0000-0000-0000-000000000001",
        displayName: "Test Coördinator",
        role: "woonconsulent",
        partyId: "test-verhuurder",
        isCoordinator: true,
      },
      { actor: "system:test" },
    );
    const personal = await ctx.store.conversations.upsert({
      reference: typed("a:p-member", "personal"),
      memberId: member.id,
      partyId: "test-verhuurder",
    });
    const personalCoordinator = await ctx.store.conversations.upsert({
      reference: typed("a:p-coord", "personal"),
      memberId: coordinator.id,
      partyId: "test-verhuurder",
    });
    // Stored by an older version that saved every turn's reference: must be ignored.
    await ctx.store.conversations.upsert({
      reference: typed("19:group@thread.v2", "groupChat"),
      memberId: member.id,
      partyId: "test-verhuurder",
    });
    await ctx.store.conversations.upsert({
      reference: typed("19:chan@thread.tacv2;messageid=9", "channel"),
      memberId: member.id,
      partyId: "test-verhuurder",
    });
    await ctx.store.conversations.upsert({
      reference: typed("a:p-channel-tagged", "personal"),
      memberId: member.id,
      teamsChannelId: "19:chan@thread.tacv2",
      partyId: "test-verhuurder",
    });
    await ctx.store.conversations.upsert({
      reference: { ...reference("a:p-untyped"), conversation: { id: "a:p-untyped" } as never },
      memberId: member.id,
      partyId: "test-verhuurder",
    });

    const all = await ctx.store.conversations.personalForParty("test-verhuurder");
    expect(all.map((r) => r.id).sort()).toEqual([personal.id, personalCoordinator.id].sort());
    const coordinators = await ctx.store.conversations.personalForParty("test-verhuurder", { coordinatorsOnly: true });
    expect(coordinators.map((r) => r.id)).toEqual([personalCoordinator.id]);
    const named = await ctx.store.conversations.personalForParty("test-verhuurder", { memberIds: [member.id] });
    expect(named.map((r) => r.id)).toEqual([personal.id]);
    expect(await ctx.store.conversations.personalForParty("test-verhuurder", { memberIds: [] })).toEqual([]);
    expect(await ctx.store.conversations.personalForParty("test-meldpunt")).toEqual([]);
  });

  it("follows the member, not the stored party: a member who moved party no longer gets the old party's cards", async () => {
    const { member } = await seedTestParties(ctx.store);
    await ctx.store.conversations.upsert({
      reference: typed("a:p-mover", "personal"),
      memberId: member.id,
      partyId: "test-verhuurder",
    });
    await ctx.store.members.upsert(
      {
        teamsUserId: member.teamsUserId,
        tenantId: member.tenantId,
        displayName: member.displayName,
        role: "woonconsulent",
        partyId: "test-meldpunt",
      },
      { actor: "system:test" },
    );
    expect(
      (await ctx.store.conversations.personalForParty("test-verhuurder")).map((r) => r.conversationId),
    ).not.toContain("a:p-mover");
    expect((await ctx.store.conversations.personalForParty("test-meldpunt")).map((r) => r.conversationId)).toContain(
      "a:p-mover",
    );
  });
});
