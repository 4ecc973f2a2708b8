import { randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";

/**
 * Opaque local Direct Line tokens. Each is bound to one conversation (as real Direct Line
 * tokens are), so a Web Chat tab can only read the conversation it was given. Not JWTs on
 * purpose: Web Chat then takes the user id from its `userID` prop instead of the token.
 */
export interface IssuedToken {
  token: string;
  conversationId: string;
  expires_in: number;
}

export interface TokenStoreOptions {
  ttlSeconds: number;
  maxTokens: number;
  now: () => number;
}

export class TokenStore {
  // lru-cache keeps the expiry and the cap: beyond maxTokens the least recently used goes.
  private readonly tokens: LRUCache<string, { conversationId: string }>;
  private readonly options: TokenStoreOptions;

  constructor(options: Partial<TokenStoreOptions> = {}) {
    // 30 minutes like the real service; DirectLineJS refreshes every 15.
    this.options = { ttlSeconds: 1800, maxTokens: 1000, now: Date.now, ...options };
    this.tokens = new LRUCache({
      max: this.options.maxTokens,
      ttl: this.options.ttlSeconds * 1000,
      // Read the (injectable) clock on every call instead of lru-cache's 1 ms memo.
      ttlResolution: 0,
      perf: { now: this.options.now },
    });
  }

  issue(conversationId: string): IssuedToken {
    const token = `pg_${randomBytes(24).toString("base64url")}`;
    this.tokens.set(token, { conversationId });
    return { token, conversationId, expires_in: this.options.ttlSeconds };
  }

  /** What a live token opens, or undefined (unknown or expired: HTTP 403). */
  resolve(token: string): IssuedToken | undefined {
    const entry = this.tokens.get(token);
    // lru-cache counts the last millisecond as live; a token is dead once its time is up.
    const left = this.tokens.getRemainingTTL(token);
    if (!entry || left <= 0) {
      this.tokens.delete(token);
      return undefined;
    }
    return { token, conversationId: entry.conversationId, expires_in: Math.ceil(left / 1000) };
  }
}
