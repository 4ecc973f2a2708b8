import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { decideCaseStep, deriveCaseState, dutchDateOf, type CaseHistoryEntry } from "@convenantbot/domain";
import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { meta, seedTestParties } from "../testing/fixtures.js";

const participants = [{ partyId: "test-verhuurder", caseRole: "verhuurder" as const, stage: 1 }];
const recipients = participants.map((p) => ({ ...p, ruleId: "TEST.RULE", article: "art. 1" }));

function first(at: string): CaseHistoryEntry {
  return decideCaseStep({
    history: [],
    senderPartyId: "test-zorg",
    participants,
    action: { type: "indienen" },
    actor: { partyId: "test-zorg" },
    at,
  }).entry;
}

describeEachEngine("cases", (ctx) => {
  async function submit(id = randomUUID(), kenmerkPrefix?: string, ownReference?: string) {
    await seedTestParties(ctx.store);
    const at = ctx.store.now().toISOString();
    const result = await ctx.store.cases.submit(
      {
        aanmelding: { id, rulebook: "test-rulebook", rulebookVersion: "1", facts: {}, status: "ingediend" },
        senderPartyId: "test-zorg",
        candidate: { name: "Jan Jansen", dateOfBirth: "1990-01-01", contactVia: "begeleider", instelling: "x" },
        recipients,
        first: first(at),
        deliveries: [{ kind: "teams.case_card", target: "test-verhuurder", payload: { partyId: "test-verhuurder" } }],
        ...(kenmerkPrefix ? { kenmerkPrefix } : {}),
        ...(ownReference ? { ownReference } : {}),
      },
      meta,
    );
    return { id, result };
  }

  it("keeps the sender's own dossier number and finds the case by it, case-insensitively, for the sending party only", async () => {
    const older = await submit(randomUUID(), undefined, "D-2024/118");
    const newer = await submit(randomUUID(), undefined, "d-2024/118");
    const none = await submit();
    expect((await ctx.store.cases.get(older.id))!.aanmelding.ownReference).toBe("D-2024/118");
    expect((await ctx.store.cases.get(none.id))!.aanmelding.ownReference).toBeNull();
    // One client file, two aanmeldingen: the newest is found.
    expect(await ctx.store.cases.idByOwnReference("test-zorg", " D-2024/118 ")).toBe(newer.id);
    expect(await ctx.store.cases.idByOwnReference("test-verhuurder", "D-2024/118")).toBeUndefined();
    expect(await ctx.store.cases.idByOwnReference("test-zorg", "D-2024/119")).toBeUndefined();
  });

  it("writes the case, its recipients, first history line and deliveries together; a second submit writes nothing", async () => {
    const { id, result } = await submit();
    expect(result.created).toBe(true);
    const stored = await ctx.store.cases.get(id);
    expect(stored).toMatchObject({ senderPartyId: "test-zorg", recipients, candidate: { name: "Jan Jansen" } });
    expect(stored!.history.map((h) => h.to)).toEqual(["ingediend"]);
    expect(await ctx.store.outbox.forRecord("aanmelding", id)).toHaveLength(1);
    const again = await ctx.store.cases.submit(
      {
        aanmelding: { id, rulebook: "test-rulebook", rulebookVersion: "1", facts: {}, status: "ingediend" },
        senderPartyId: "test-zorg",
        candidate: {},
        recipients,
        first: first(ctx.store.now().toISOString()),
        deliveries: [{ kind: "teams.case_card", target: "test-verhuurder", payload: {} }],
      },
      meta,
    );
    expect(again).toEqual({ created: false, deliveryIds: [], kenmerk: null });
    expect(await ctx.store.outbox.forRecord("aanmelding", id)).toHaveLength(1);
    expect(await ctx.store.cases.idsForParty("test-verhuurder")).toContain(id);
    expect(await ctx.store.cases.idsForParty("test-zorg")).toContain(id);
    expect(await ctx.store.cases.idsForParty("test-meldpunt")).not.toContain(id);
  });

  it("gives a case a kenmerk per prefix and Dutch year, kept on a second submit and found back by it", async () => {
    const year = dutchDateOf(ctx.store.now().toISOString()).slice(0, 4);
    const a = await submit(randomUUID(), "TV");
    const b = await submit(randomUUID(), "TV");
    const seqOf = (k: string | null) => Number(/^TV-(\d{4})-(\d{4})$/.exec(k ?? "")?.[2]);
    expect(a.result.kenmerk).toMatch(new RegExp(`^TV-${year}-\\d{4}$`));
    expect(seqOf(b.result.kenmerk)).toBe(seqOf(a.result.kenmerk) + 1);
    expect((await ctx.store.cases.get(a.id))!.aanmelding.kenmerk).toBe(a.result.kenmerk);
    expect(await ctx.store.cases.idByKenmerk(b.result.kenmerk!)).toBe(b.id);
    expect(await ctx.store.cases.idByKenmerk("TV-1999-0001")).toBeUndefined();
    const again = await submit(a.id, "TV");
    expect(again.result).toEqual({ created: false, deliveryIds: [], kenmerk: a.result.kenmerk });
  });

  it("appends steps, derives the status, keeps a coarse status on the aanmelding and makes a retried key one step", async () => {
    const { id } = await submit();
    const stored = (await ctx.store.cases.get(id))!;
    const step = decideCaseStep({
      history: stored.history,
      senderPartyId: "test-zorg",
      participants,
      action: { type: "oppakken" },
      actor: { partyId: "test-verhuurder" },
      at: ctx.store.now().toISOString(),
      actionKey: "invoke-1",
    });
    expect((await ctx.store.cases.append(id, step.entry, [], meta)).appended).toBe(true);
    const retry = await ctx.store.cases.append(id, { ...step.entry, seq: 2 }, [], meta);
    expect(retry.appended).toBe(false);
    const after = (await ctx.store.cases.get(id))!;
    expect(after.history.map((h) => h.to)).toEqual(["ingediend", "in_behandeling"]);
    expect(deriveCaseState(after.history).status).toBe("in_behandeling");
    expect(after.aanmelding.status).toBe("in_behandeling");
  });

  it("a step decided on an old history is a conflict (someone else acted first)", async () => {
    const { id } = await submit();
    const stored = (await ctx.store.cases.get(id))!;
    const decide = () =>
      decideCaseStep({
        history: stored.history,
        senderPartyId: "test-zorg",
        participants,
        action: { type: "ontvangen" },
        actor: { partyId: "test-verhuurder" },
        at: ctx.store.now().toISOString(),
      }).entry;
    await ctx.store.cases.append(id, decide(), [], meta);
    await expect(ctx.store.cases.append(id, decide(), [], meta)).rejects.toMatchObject({ kind: "conflict" });
  });

  it("the history is append-only", async () => {
    const { id } = await submit();
    await expect(
      sql`UPDATE case_history SET action = 'x' WHERE aanmelding_id = ${id}`.execute(ctx.store.db),
    ).rejects.toThrow();
    await expect(sql`DELETE FROM case_history WHERE aanmelding_id = ${id}`.execute(ctx.store.db)).rejects.toThrow();
  });
});
