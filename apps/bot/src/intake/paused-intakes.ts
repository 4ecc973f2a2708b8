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

export async function readPausedIndex(storage: Storage, caseworkerId: string): Promise<PausedIndex> {
  const key = pausedIndexKey(caseworkerId);
  const parsed = PausedIndexSchema.safeParse((await storage.read([key]))[key] ?? {});
  // Unreadable (an older shape) counts as empty, never a crash: the chats still hold their intakes.
  return parsed.success ? parsed.data : { intakes: [], moved: [] };
}

export async function writePausedIndex(storage: Storage, caseworkerId: string, index: PausedIndex): Promise<void> {
  await storage.write({ [pausedIndexKey(caseworkerId)]: { ...index, eTag: "*" } });
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
  let next = index;
  const current = conversation.intake;
  if (isOpenWork(current)) next = upsert(next, { ...current, status: "paused" });
  next = {
    intakes: next.intakes.filter((i) => i.id !== intakeId),
    moved: [intakeId, ...next.moved.filter((id) => id !== intakeId)].slice(0, MAX_MOVED),
  };
  return { conversation: { ...conversation, intake: wanted }, index: next };
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
