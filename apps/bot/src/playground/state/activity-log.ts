import type { ActivityJson } from "./activity.js";

/**
 * Everything that crossed the playground, in order: what users sent the bot, and what the bot
 * sent users (replies, updates, proactive messages). Tests assert on it, e.g. that a signal
 * reached the right caseworker, without a browser: it is the loopback connector stub.
 */
export interface LogEntry {
  seq: number;
  at: string;
  direction: "toBot" | "fromBot";
  operation: "post" | "reply" | "update" | "delete" | "createConversation" | "conversationUpdate";
  conversationId: string;
  /** The user the conversation belongs to, when known. */
  userId: string | undefined;
  activity: ActivityJson | undefined;
  /** For toBot: did the bot accept it (2xx)? */
  delivered?: boolean;
}

export type NewLogEntry = Omit<LogEntry, "seq" | "at">;

export class ActivityLog {
  private readonly log: LogEntry[] = [];
  private seq = 0;

  /** Bounded like the conversations: the oldest entries go first. */
  constructor(
    private readonly maxEntries = 2000,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  record(entry: NewLogEntry): LogEntry {
    const full: LogEntry = { ...entry, seq: ++this.seq, at: this.clock().toISOString() };
    this.log.push(full);
    if (this.log.length > this.maxEntries) this.log.splice(0, this.log.length - this.maxEntries);
    return full;
  }

  /** A copy, so a test holding it never sees later entries appear. */
  entries(): readonly LogEntry[] {
    return [...this.log];
  }

  clear(): void {
    this.log.length = 0;
  }
}
