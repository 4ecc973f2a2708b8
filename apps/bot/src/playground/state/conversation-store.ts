import { randomBytes } from "node:crypto";
import type { ActivityJson } from "./activity.js";

/**
 * One Direct Line conversation as the playground keeps it: the activities in delivery order,
 * each with the watermark (sequence number) it was delivered at. A conversation belongs to
 * one user, like a Teams personal chat with the bot: proactive messages to that user land
 * here, and the user's next Web Chat session resumes it.
 */
export interface StoredConversation {
  readonly id: string;
  userId: string | undefined;
  userName: string | undefined;
  /** The bot has been told about this conversation (conversationUpdate sent, or it created it). */
  announced: boolean;
  /** Highest watermark handed out; only grows, also when old activities are dropped. */
  lastSeq: number;
  readonly entries: { seq: number; activity: ActivityJson }[];
}

export interface ConversationStoreLimits {
  /** Oldest-used conversations are forgotten beyond this (a dev playground, not a database). */
  maxConversations: number;
  /** Oldest activities of a conversation are dropped beyond this. */
  maxActivitiesPerConversation: number;
}

export const DEFAULT_STORE_LIMITS: ConversationStoreLimits = {
  maxConversations: 200,
  maxActivitiesPerConversation: 500,
};

export interface ActivityPage {
  activities: ActivityJson[];
  watermark: string;
}

const newConversationId = (): string => randomBytes(12).toString("base64url");

/** Direct Line's own id format: `<conversationId>|<7-digit sequence>`. */
const activityIdOf = (conversationId: string, seq: number): string =>
  `${conversationId}|${String(seq).padStart(7, "0")}`;

export class ConversationStore {
  private readonly conversations = new Map<string, StoredConversation>();
  private readonly limits: ConversationStoreLimits;

  constructor(
    limits: Partial<ConversationStoreLimits> = {},
    private readonly newId: () => string = newConversationId,
  ) {
    this.limits = { ...DEFAULT_STORE_LIMITS, ...limits };
  }

  create(init: { id?: string; userId?: string; userName?: string; announced?: boolean } = {}): StoredConversation {
    const conversation: StoredConversation = {
      id: init.id ?? this.newId(),
      userId: init.userId,
      userName: init.userName,
      announced: init.announced ?? false,
      lastSeq: 0,
      entries: [],
    };
    this.conversations.set(conversation.id, conversation);
    this.evictBeyondLimit();
    return conversation;
  }

  /** Looks a conversation up and marks it as recently used (eviction is least-recently-used). */
  get(id: string): StoredConversation | undefined {
    const conversation = this.conversations.get(id);
    if (conversation) {
      this.conversations.delete(id);
      this.conversations.set(id, conversation);
    }
    return conversation;
  }

  /** The user's most recently used conversation: where a proactive message to them goes. */
  latestForUser(userId: string): StoredConversation | undefined {
    let found: StoredConversation | undefined;
    for (const conversation of this.conversations.values()) if (conversation.userId === userId) found = conversation;
    return found;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Stores an activity at the next watermark; gives it a Direct Line id when it has none. */
  append(conversation: StoredConversation, activity: ActivityJson): ActivityJson {
    const seq = ++conversation.lastSeq;
    const stored: ActivityJson = { ...activity, id: activity.id ?? activityIdOf(conversation.id, seq) };
    conversation.entries.push({ seq, activity: stored });
    if (conversation.entries.length > this.limits.maxActivitiesPerConversation) {
      conversation.entries.splice(0, conversation.entries.length - this.limits.maxActivitiesPerConversation);
    }
    return stored;
  }

  /**
   * Replaces an activity in place. Web Chat (4.18) replaces a rendered activity when one with
   * the same id arrives, and orders by timestamp, so the new version is re-delivered at a new
   * watermark (pollers past the old one see it) with the original timestamp (it stays where
   * it was). The old entry is removed so a fresh session sees only the current version.
   */
  replace(conversation: StoredConversation, activity: ActivityJson & { id: string }): ActivityJson | undefined {
    const index = conversation.entries.findIndex((entry) => entry.activity.id === activity.id);
    const previous = conversation.entries[index];
    if (!previous) return undefined;
    conversation.entries.splice(index, 1);
    const timestamp = previous.activity.timestamp ?? activity.timestamp;
    return this.append(conversation, timestamp === undefined ? activity : { ...activity, timestamp });
  }

  remove(conversation: StoredConversation, activityId: string): boolean {
    const index = conversation.entries.findIndex((entry) => entry.activity.id === activityId);
    if (index < 0) return false;
    conversation.entries.splice(index, 1);
    return true;
  }

  find(conversation: StoredConversation, activityId: string): ActivityJson | undefined {
    return conversation.entries.find((entry) => entry.activity.id === activityId)?.activity;
  }

  /**
   * Activities after a watermark (all kept ones without one) and the watermark to send next
   * time: the conversation's high-water mark, so a client can never skip ahead of the store.
   */
  since(conversation: StoredConversation, watermark: number | undefined): ActivityPage {
    const after = watermark ?? 0;
    return {
      activities: conversation.entries.filter((entry) => entry.seq > after).map((entry) => entry.activity),
      watermark: String(conversation.lastSeq),
    };
  }

  private evictBeyondLimit(): void {
    while (this.conversations.size > this.limits.maxConversations) {
      const oldest = this.conversations.keys().next();
      if (oldest.done) return;
      this.conversations.delete(oldest.value);
    }
  }
}
