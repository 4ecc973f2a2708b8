import type { Storage } from "botbuilder";
import { z } from "zod";
import { IntakeStateSchema, type ConversationData, type IntakeState } from "./intake-state.js";

/**
 * Paused intakes per caseworker, across chats (issue 15: "paused intakes in 'mijn
 * aanmeldingen'"). An intake lives in the conversation state of the chat it runs in; a paused
 * one is also kept here, under the caseworker, so every personal chat of that caseworker (Teams,
 * the playground) lists it and can resume it. Resuming it elsewhere moves it: the chat it was
 * paused in drops its copy on its next turn (`moved`), so one intake never runs twice.
 */
const PausedIndexSchema = z.object({
  intakes: z.array(IntakeStateSchema).default([]),
  /** Ids resumed in another chat than the one they were paused in. */
  moved: z.array(z.string()).default([]),
});
export type PausedIndex = z.infer<typeof PausedIndexSchema>;

/** Bounds: a caseworker has a handful of paused intakes, never an unbounded list. */
export const MAX_PAUSED = 10;
const MAX_MOVED = 50;

/** Under "/conversations/" on purpose: the intake retention term (30 days untouched) applies to it too. */
export const pausedIndexKey = (caseworkerId: string) => `convenantbot/conversations/paused-intakes:${caseworkerId}/`;

/**
 * The eTag of a write when the list did not exist yet. No stored item ever has it (the store
 * gives uuids, MemoryStorage numbers), so if another chat created the list meanwhile the write
 * is an eTag conflict instead of an overwrite: botbuilder's Storage has no "create if absent",
 * and "*" would let the later of two first pauses drop the earlier one.
 */
const ABSENT_ETAG = "convenantbot:paused-intakes:absent";
/** Writes tried before giving up: each retry follows a write that did land, so this bounds concurrent chats, not time. */
export const PAUSED_INDEX_ATTEMPTS = 5;

/** The list as stored, with the eTag a conditional write must carry. */
export interface VersionedPausedIndex {
  index: PausedIndex;
  eTag: string;
}

export async function readVersionedPausedIndex(storage: Storage, caseworkerId: string): Promise<VersionedPausedIndex> {
  const key = pausedIndexKey(caseworkerId);
  const item = (await storage.read([key]))[key] as { eTag?: unknown } | undefined;
  const parsed = PausedIndexSchema.safeParse(item ?? {});
  const eTag = typeof item?.eTag === "string" && item.eTag !== "" && item.eTag !== "*" ? item.eTag : ABSENT_ETAG;
  // Unreadable (an older shape) counts as empty, never a crash: the chats still hold their intakes.
  return { index: parsed.success ? parsed.data : { intakes: [], moved: [] }, eTag };
}

export async function readPausedIndex(storage: Storage, caseworkerId: string): Promise<PausedIndex> {
  return (await readVersionedPausedIndex(storage, caseworkerId)).index;
}

/** botbuilder's Storage contract (MemoryStorage and the store's) names a lost race "eTag conflict". */
export const isETagConflict = (error: unknown) => error instanceof Error && /eTag conflict/i.test(error.message);

/**
 * One turn's change to the caseworker's list, with optimistic concurrency: written only if the
 * list is still the one read (its eTag); when another chat wrote first, the list is read again
 * and the same change applied to it, at most PAUSED_INDEX_ATTEMPTS times, so two chats pausing
 * at once both keep their intake. `read` is the list the turn started from (saves a read).
 * Returns the list as written, or `written: false` when every attempt lost: the chats still
 * hold their intakes, only the list across chats misses the change.
 */
export async function updatePausedIndex(
  storage: Storage,
  caseworkerId: string,
  change: (index: PausedIndex) => PausedIndex,
  read?: VersionedPausedIndex,
): Promise<{ index: PausedIndex; written: boolean; attempts: number }> {
  let current = read ?? (await readVersionedPausedIndex(storage, caseworkerId));
  for (let attempt = 1; ; attempt++) {
    const next = change(current.index);
    if (JSON.stringify(next) === JSON.stringify(current.index))
      return { index: next, written: true, attempts: attempt };
    try {
      await storage.write({ [pausedIndexKey(caseworkerId)]: { ...next, eTag: current.eTag } });
      return { index: next, written: true, attempts: attempt };
    } catch (error) {
      if (!isETagConflict(error)) throw error;
      if (attempt >= PAUSED_INDEX_ATTEMPTS) return { index: current.index, written: false, attempts: attempt };
      current = await readVersionedPausedIndex(storage, caseworkerId);
    }
  }
}

const isPaused = (intake: IntakeState | undefined): intake is IntakeState & { id: string } =>
  intake?.status === "paused" && typeof intake.id === "string";
const isOpenWork = (intake: IntakeState | undefined): intake is IntakeState & { id: string } =>
  intake !== undefined &&
  typeof intake.id === "string" &&
  intake.status !== "not_eligible" &&
  (intake.status === "paused" || intake.answered.length > 0);

function upsert(index: PausedIndex, intake: IntakeState & { id: string }): PausedIndex {
  const others = index.intakes.filter((i) => i.id !== intake.id);
  const { confirm: _c, pendingStart: _p, ...kept } = intake;
  return { intakes: [kept, ...others].slice(0, MAX_PAUSED), moved: index.moved.filter((id) => id !== intake.id) };
}

/** The conversation as this chat may use it: a paused copy that was resumed (or paused again) elsewhere is dropped. */
export function ownCopy(conversation: ConversationData, index: PausedIndex): ConversationData {
  const intake = conversation.intake;
  if (!isPaused(intake)) return conversation;
  const indexed = index.intakes.find((i) => i.id === intake.id);
  const stale =
    index.moved.includes(intake.id) || (indexed !== undefined && (indexed.revision ?? 0) !== (intake.revision ?? 0));
  if (!stale) return conversation;
  const { intake: _dropped, ...rest } = conversation;
  return rest;
}

/**
 * The list after "Ga verder" on `intakeId` in a chat whose own intake is `current`: that intake
 * leaves the list (moved), the chat's own open work is paused into it, not lost. A function of
 * the list, so a write that lost a race applies it again to the list as it is now.
 */
export function takeOverIndex(index: PausedIndex, current: IntakeState | undefined, intakeId: string): PausedIndex {
  const next = isOpenWork(current) && current.id !== intakeId ? upsert(index, { ...current, status: "paused" }) : index;
  return {
    intakes: next.intakes.filter((i) => i.id !== intakeId),
    moved: [intakeId, ...next.moved.filter((id) => id !== intakeId)].slice(0, MAX_MOVED),
  };
}

/**
 * "Ga verder" on a paused intake of another chat: it becomes this chat's intake (still paused,
 * the resume renders it), and this chat's own open work is paused into the index, not lost.
 */
export function takeOver(
  conversation: ConversationData,
  index: PausedIndex,
  intakeId: string,
): { conversation: ConversationData; index: PausedIndex } | undefined {
  const wanted = index.intakes.find((i) => i.id === intakeId);
  if (!wanted || conversation.intake?.id === intakeId) return undefined;
  return {
    conversation: { ...conversation, intake: wanted },
    index: takeOverIndex(index, conversation.intake, intakeId),
  };
}

/** The index after a turn in which this chat's intake went from `before` to `after`. */
export function afterTurn(
  index: PausedIndex,
  before: IntakeState | undefined,
  after: IntakeState | undefined,
): PausedIndex {
  let next = index;
  // Resumed, ended or replaced here: no longer paused work; a paused copy in another chat is stale.
  if (before?.id && !(isPaused(after) && after.id === before.id)) {
    const id = before.id;
    next = {
      intakes: next.intakes.filter((i) => i.id !== id),
      moved: isPaused(before) ? [id, ...next.moved.filter((m) => m !== id)].slice(0, MAX_MOVED) : next.moved,
    };
  }
  if (isPaused(after)) next = upsert(next, after);
  return next;
}

/** Every paused intake of the caseworker: the index (all chats) and this chat's own paused one, once each. */
export function pausedIntakesOf(index: PausedIndex, conversation: ConversationData): IntakeState[] {
  const own = conversation.intake;
  const all = isPaused(own) && !index.intakes.some((i) => i.id === own.id) ? [own, ...index.intakes] : index.intakes;
  return all;
}
