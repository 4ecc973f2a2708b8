import type { ConversationReference } from "botbuilder";
import { LRUCache } from "lru-cache";
import { dutchToday } from "@convenantbot/domain";
import { isStoreError, type Store } from "@convenantbot/store";
import type { BotPorts, Caseworker } from "./ports.js";

// Membership changes reach a running bot within this time; every turn needs the caseworker,
// so without a cache each turn would cost three queries before it does anything.
const CASEWORKER_TTL_MS = 60_000;
// A renamed party shows its new name within this time.
const PARTY_NAME_TTL_MS = 10 * 60_000;
const MAX_CACHED = 10_000;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isGuid = (value: string): boolean => GUID.test(value);

/** The bot's persistence port, implemented on the store (Postgres or PGlite). */
export function storePorts(store: Store, now: () => number = () => Date.now()): BotPorts {
  const storage = store.botStorage;
  // lru-cache: bounded, least recently used out first, expiry on the injected clock.
  const clock = { ttlResolution: 0, perf: { now } };
  // Holds "not a member" too (as { value: undefined }): an unknown user costs no query per turn.
  const caseworkers = new LRUCache<string, { value: Caseworker | undefined }>({
    max: MAX_CACHED,
    ttl: CASEWORKER_TTL_MS,
    ...clock,
  });
  // The reference of a chat rarely changes; writing it only when it does saves a write per turn.
  const savedReferences = new LRUCache<string, string>({ max: MAX_CACHED });
  const partyNames = new LRUCache<string, string>({ max: MAX_CACHED, ttl: PARTY_NAME_TTL_MS, ...clock });
  const ownAanmelding: BotPorts["ownAanmelding"] = async (id, caseworkerId) => {
    if (!isGuid(id)) return undefined;
    const found = await store.aanmeldingen.get(id);
    return found && found.createdBy === caseworkerId
      ? { id: found.id, supportPartyId: found.supportPartyId, ...(found.kenmerk ? { kenmerk: found.kenmerk } : {}) }
      : undefined;
  };
  const partyName = async (partyId: string): Promise<string | undefined> => {
    const cached = partyNames.get(partyId);
    if (cached) return cached;
    const party = await store.parties.get(partyId);
    if (party) partyNames.set(partyId, party.name);
    return party?.name;
  };
  const lookupCaseworker = async (
    teamsUserId: string,
    aadObjectId: string | undefined,
    tenantId: string | undefined,
  ): Promise<Caseworker | undefined> => {
    // Ids that are not GUIDs (Agents Playground's defaults, a forged activity) never reach a
    // uuid column: such a caller is simply not a known member.
    if (tenantId !== undefined && !isGuid(tenantId)) return undefined;
    const member =
      (aadObjectId && tenantId && isGuid(aadObjectId)
        ? await store.members.byAadObjectId(tenantId, aadObjectId)
        : undefined) ?? (await store.members.byTeamsUserId(teamsUserId));
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
  };
  return {
    storage,
    partyName,
    async findCaseworker(teamsUserId, aadObjectId, tenantId): Promise<Caseworker | undefined> {
      const key = `${teamsUserId}|${aadObjectId ?? ""}|${tenantId ?? ""}`;
      const cached = caseworkers.get(key);
      if (cached) return cached.value;
      const value = await lookupCaseworker(teamsUserId, aadObjectId, tenantId);
      caseworkers.set(key, { value });
      return value;
    },
    async createAanmelding(input, correlationId) {
      if (input.intakeId) {
        // A second click, a retry or a parallel turn of the same intake: the one already stored.
        const existing = await ownAanmelding(input.intakeId, input.createdBy);
        if (existing) return { id: existing.id, existing: true };
      }
      const created = await store.aanmeldingen
        .create(
          {
            ...(input.intakeId ? { id: input.intakeId } : {}),
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
        )
        .catch(async (error: unknown) => {
          // Two turns raced past the check above: the primary key let only one in.
          const raced =
            input.intakeId && isStoreError(error) && error.kind === "conflict"
              ? await ownAanmelding(input.intakeId, input.createdBy)
              : undefined;
          if (raced) return { ...raced, existing: true as const };
          throw error;
        });
      return { id: created.id, ...("existing" in created ? { existing: true } : {}) };
    },
    ownAanmelding,
    async listAanmeldingen(caseworkerId) {
      const items = await store.aanmeldingen.list({ createdBy: caseworkerId, limit: 50 });
      const today = dutchToday(new Date(now()));
      return Promise.all(
        items.map(async (a) => {
          // "niet vóór" terms are no next step; a lapsed hard term before a passed target.
          const open = a.deadlines
            .filter((d) => !d.metOn && d.kind !== "at_least")
            .sort((x, y) => x.due.localeCompare(y.due))[0];
          const supportPartyName = a.supportPartyId ? await partyName(a.supportPartyId) : undefined;
          return {
            id: a.id,
            rulebook: a.rulebook,
            outcome: (a.outcome ?? "needs_info") as "eligible" | "not_eligible" | "needs_info" | "needs_review",
            status: a.status,
            createdOn: a.createdAt,
            ...(a.supportPartyId ? { supportPartyId: a.supportPartyId } : {}),
            ...(supportPartyName ? { supportPartyName } : {}),
            ...(a.kenmerk ? { kenmerk: a.kenmerk } : {}),
            // The caseworker's own list: their own dossier number.
            ...(a.ownReference ? { ownReference: a.ownReference } : {}),
            ...(open
              ? {
                  nextDeadline: {
                    title: open.title,
                    due: open.due,
                    overdue: open.due < today,
                    ...(open.kind === "target" ? { target: true } : {}),
                  },
                }
              : {}),
          };
        }),
      );
    },
    async saveConversationReference(caseworker, tenantId, reference: Partial<ConversationReference>) {
      if (!reference.conversation?.id) return;
      // Only 1:1 chats are delivery targets; a group chat or channel is never stored for a
      // member, so a later card with personal data cannot be posted there.
      if (reference.conversation.conversationType !== "personal") return;
      const key = `${caseworker.id}|${reference.conversation.id}`;
      // Compared without the activity id, which is new on every turn (else nothing is ever saved).
      const { activityId: _activityId, ...lasting } = reference;
      const json = JSON.stringify(lasting);
      if (savedReferences.get(key) === json) return;
      await store.conversations.upsert({
        reference: reference as Partial<ConversationReference> & { conversation: { id: string } },
        memberId: caseworker.id,
        partyId: caseworker.partyId,
        ...(isGuid(tenantId) ? { tenantId } : {}),
      });
      savedReferences.set(key, json);
      // Someone of this party is reachable now: cards parked as "onbereikbaar" are due.
      await store.outbox.wakeUnreachable(caseworker.partyId);
    },
    async configureChannel(caseworker, tenantId, reference, teamsChannelId, on) {
      if (!on) {
        await store.conversations.removeConversation(teamsChannelId);
        return;
      }
      // Keyed by the channel itself (not the thread the command was typed in): notices start a new post.
      const channelReference = {
        ...reference,
        conversation: { ...reference.conversation, id: teamsChannelId },
      } as Partial<ConversationReference> & { conversation: { id: string } };
      delete (channelReference as { activityId?: string }).activityId;
      await store.conversations.upsert({
        reference: channelReference,
        teamsChannelId,
        partyId: caseworker.partyId,
        ...(isGuid(tenantId) ? { tenantId } : {}),
      });
    },
    async forgetConversation(conversationId) {
      // Keys first: the cache is not changed while it is being iterated.
      for (const key of [...savedReferences.keys()])
        if (key.endsWith(`|${conversationId}`)) savedReferences.delete(key);
      await store.conversations.removeConversation(conversationId);
    },
  };
}
