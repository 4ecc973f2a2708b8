import { z } from "zod";
import { ConversationDataSchema, type ConversationData } from "./intake-state.js";

/**
 * Conversation state holds one intake per caseworker, keyed by member id: in a group chat,
 * or with a forged conversation id, another caseworker (a landlord) never sees, continues or
 * saves a begeleider's intake (LV art. 4.1: only the nominating party nominates). The owner
 * is the member the store identified for this turn, not anything the caller sends.
 */
const StoredConversationSchema = z.object({ byMember: z.record(z.string(), z.unknown()).default({}) });
export type StoredConversation = z.infer<typeof StoredConversationSchema>;

/** This caseworker's part of the conversation state; unreadable or older state counts as none. */
export function ownPart(stored: unknown, memberId: string): ConversationData {
  const parsed = StoredConversationSchema.safeParse(stored ?? {});
  if (!parsed.success) return {};
  const own = ConversationDataSchema.safeParse(parsed.data.byMember[memberId] ?? {});
  return own.success ? own.data : {};
}

/** The stored state with this caseworker's part replaced; everyone else's untouched. */
export function withOwnPart(
  stored: unknown,
  memberId: string,
  before: ConversationData,
  after: ConversationData,
): StoredConversation {
  const parsed = StoredConversationSchema.safeParse(stored ?? {});
  const byMember = parsed.success ? { ...parsed.data.byMember } : {};
  const ended = before.intake?.id && after.intake?.id !== before.intake.id ? before.intake.id : undefined;
  const lastIntakeId = ended ?? after.lastIntakeId ?? before.lastIntakeId;
  const next: ConversationData = {
    ...(after.intake ? { intake: after.intake } : {}),
    ...(lastIntakeId ? { lastIntakeId } : {}),
  };
  if (next.intake || next.lastIntakeId) byMember[memberId] = next;
  else delete byMember[memberId];
  return { byMember };
}
