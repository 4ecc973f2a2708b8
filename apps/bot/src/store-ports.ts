import type { ConversationReference } from "botbuilder";
import type { Store } from "@convenantbot/store";
import type { BotPorts, Caseworker } from "./ports.js";

/** The bot's persistence port, implemented on the store (Postgres or PGlite). */
export function storePorts(store: Store): BotPorts {
  const storage = store.botStorage;
  const partyNames = new Map<string, string>();
  const partyName = async (partyId: string): Promise<string | undefined> => {
    const cached = partyNames.get(partyId);
    if (cached) return cached;
    const party = await store.parties.get(partyId);
    if (party) partyNames.set(partyId, party.name);
    return party?.name;
  };
  return {
    storage,
    partyName,
    async findCaseworker(teamsUserId, aadObjectId, tenantId): Promise<Caseworker | undefined> {
      const member =
        (aadObjectId && tenantId ? await store.members.byAadObjectId(tenantId, aadObjectId) : undefined) ??
        (await store.members.byTeamsUserId(teamsUserId));
      if (!member || (tenantId && member.tenantId !== tenantId)) return undefined;
      const party = await store.parties.get(member.partyId);
      if (!party) return undefined;
      return {
        id: member.id,
        displayName: member.displayName,
        partyId: party.id,
        partyName: party.name,
        role: party.role,
        coordinator: member.isCoordinator,
      };
    },
    async createAanmelding(input, correlationId) {
      const created = await store.aanmeldingen.create(
        {
          rulebook: input.rulebook,
          rulebookVersion: input.rulebookVersion,
          facts: input.facts,
          decision: input.decision,
          ...(input.supportPartyId ? { supportPartyId: input.supportPartyId } : {}),
          status: "ingediend",
          deadlines: input.deadlines,
          createdBy: input.createdBy,
        },
        { actor: `member:${input.createdBy}`, correlationId },
      );
      return { id: created.id };
    },
    async listAanmeldingen(caseworkerId) {
      const items = await store.aanmeldingen.list({ createdBy: caseworkerId, limit: 50 });
      const today = new Date().toISOString().slice(0, 10);
      return Promise.all(
        items.map(async (a) => {
          const open = a.deadlines.filter((d) => !d.metOn).sort((x, y) => x.due.localeCompare(y.due))[0];
          const supportPartyName = a.supportPartyId ? await partyName(a.supportPartyId) : undefined;
          return {
            id: a.id,
            rulebook: a.rulebook,
            outcome: (a.outcome ?? "needs_info") as "eligible" | "not_eligible" | "needs_info" | "needs_review",
            status: a.status,
            createdOn: a.createdAt,
            ...(supportPartyName ? { supportPartyName } : {}),
            ...(open ? { nextDeadline: { title: open.title, due: open.due, overdue: open.due < today } } : {}),
          };
        }),
      );
    },
    async saveConversationReference(caseworker, tenantId, reference: Partial<ConversationReference>) {
      if (!reference.conversation?.id) return;
      await store.conversations.upsert({
        reference: reference as Partial<ConversationReference> & { conversation: { id: string } },
        memberId: caseworker.id,
        partyId: caseworker.partyId,
        tenantId,
      });
    },
  };
}
