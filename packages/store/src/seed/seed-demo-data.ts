import { contentHash, listRulebooks, type Party } from "@convenantbot/domain";
import type { Member } from "../records/member.js";
import type { StoredParty } from "../records/party.js";
import type { Repositories } from "../repositories/index.js";
import { demoMembers, demoTenantId, fallbackDemoParty, type DemoMember } from "./demo-members.js";

export interface SeedReport {
  parties: number;
  members: Member[];
}

const meta = { actor: "system:seed" } as const;

function partyFor(member: DemoMember, parties: readonly StoredParty[]): StoredParty | undefined {
  for (const id of member.preferredPartyIds) {
    const preferred = parties.find((p) => p.id === id && p.role === member.partyRole);
    if (preferred) return preferred;
  }
  return parties.find((p) => p.role === member.partyRole);
}

/**
 * Upserts the parties of every rulebook the domain knows and the demo caseworkers. Safe to
 * run on every start: a second run changes nothing but updated_at.
 */
export async function seedDemoData(store: {
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
}): Promise<SeedReport> {
  // The seed's own version: parties of every rulebook plus the demo caseworkers. When the
  // store already holds this version (every restart of the playground), nothing is written.
  const version = contentHash({ parties: listRulebooks().map((r) => [r.id, r.parties]), demoMembers });
  return store.transaction(async (tx) => {
    const marker = (await tx.botStorage.read([SEED_MARKER]))[SEED_MARKER] as { version?: string } | undefined;
    if (marker?.version === version) {
      const members = (await Promise.all(demoMembers.map((m) => tx.members.byTeamsUserId(m.teamsUserId)))).filter(
        (m): m is Member => m !== undefined,
      );
      if (members.length === demoMembers.length) return { parties: (await tx.parties.list()).length, members };
    }
    const report = await seedAll(tx);
    await tx.botStorage.write({ [SEED_MARKER]: { version, eTag: "*" } });
    return report;
  });
}

const SEED_MARKER = "convenantbot/seed-version";

async function seedAll(tx: Repositories): Promise<SeedReport> {
  {
    const byId = new Map<string, { party: Party; rulebookIds: Set<string> }>();
    for (const rulebook of listRulebooks()) {
      for (const party of rulebook.parties) {
        const entry = byId.get(party.id) ?? { party, rulebookIds: new Set<string>() };
        entry.rulebookIds.add(rulebook.id);
        byId.set(party.id, entry);
      }
    }
    for (const { party, rulebookIds } of byId.values()) {
      await tx.parties.upsert({ ...party, rulebookIds: [...rulebookIds] }, meta);
    }
    let parties = await tx.parties.list();
    const members: Member[] = [];
    for (const demo of demoMembers) {
      let party = partyFor(demo, parties);
      if (!party) {
        party = await tx.parties.upsert(fallbackDemoParty(demo.partyRole), meta);
        parties = [...parties, party];
      }
      members.push(
        await tx.members.upsert(
          {
            teamsUserId: demo.teamsUserId,
            aadObjectId: demo.aadObjectId,
            tenantId: demoTenantId,
            displayName: demo.displayName,
            role: demo.role,
            partyId: party.id,
            isCoordinator: demo.isCoordinator,
          },
          meta,
        ),
      );
    }
    return { parties: parties.length, members };
  }
}
