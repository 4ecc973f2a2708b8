import { listRulebooks, PartySchema } from "@convenantbot/domain";
import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { demoMembers, demoTenantId, fallbackDemoParty } from "./demo-members.js";
import { seedDemoData } from "./seed-demo-data.js";

describeEachEngine("seedDemoData", (ctx) => {
  it("upserts every rulebook's parties with their rulebook", async () => {
    await seedDemoData(ctx.store);
    for (const rulebook of listRulebooks()) {
      const stored = await ctx.store.parties.list({ rulebookId: rulebook.id });
      expect(stored.map((p) => p.id).sort()).toEqual(expect.arrayContaining(rulebook.parties.map((p) => p.id)));
      for (const party of rulebook.parties) expect(stored.find((p) => p.id === party.id)).toMatchObject(party);
    }
  });

  it("adds one member per demo caseworker, each in a party of the right role, in the demo tenant", async () => {
    const { members } = await seedDemoData(ctx.store);
    expect(members.map((m) => m.teamsUserId)).toEqual(demoMembers.map((d) => d.teamsUserId));
    for (const [i, member] of members.entries()) {
      const demo = demoMembers[i]!;
      expect(member.teamsUserId).toMatch(/^29:demo-/);
      expect(member).toMatchObject({
        tenantId: demoTenantId,
        role: demo.role,
        isCoordinator: demo.isCoordinator,
        aadObjectId: demo.aadObjectId,
      });
      expect((await ctx.store.parties.require(member.partyId)).role).toBe(demo.partyRole);
    }
  });

  it("places each caseworker in its first preferred party that a rulebook has", async () => {
    const { members } = await seedDemoData(ctx.store);
    const known = new Set(listRulebooks().flatMap((r) => r.parties.map((p) => p.id)));
    const expected = demoMembers.map((d) => d.preferredPartyIds.find((id) => known.has(id)));
    expect(members.map((m, i) => (expected[i] ? m.partyId : undefined))).toEqual(expected);
  });

  it("has a valid, clearly marked demo party for a role no rulebook has yet", () => {
    const party = fallbackDemoParty("lokale_kamer");
    expect(PartySchema.parse(party)).toMatchObject({ id: "demo-lokale-kamer", role: "lokale_kamer" });
    expect(party.assumed).toMatch(/^ASSUMED/);
  });

  it("is idempotent: a second run keeps the same members and adds nothing", async () => {
    const first = await seedDemoData(ctx.store);
    const second = await seedDemoData(ctx.store);
    expect(second.members.map((m) => m.id)).toEqual(first.members.map((m) => m.id));
    expect(second.parties).toBe(first.parties);
    const demoRows = await ctx.store.db
      .selectFrom("members")
      .select("id")
      .where("teams_user_id", "like", "29:demo-%")
      .execute();
    expect(demoRows).toHaveLength(demoMembers.length);
  });
});
