import { randomBytes } from "node:crypto";

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
  private readonly tokens = new Map<string, { conversationId: string; expiresAt: number }>();
  private readonly options: TokenStoreOptions;

  constructor(options: Partial<TokenStoreOptions> = {}) {
    // 30 minutes like the real service; DirectLineJS refreshes every 15.
    this.options = { ttlSeconds: 1800, maxTokens: 1000, now: Date.now, ...options };
  }

  issue(conversationId: string): IssuedToken {
    const token = `pg_${randomBytes(24).toString("base64url")}`;
    this.tokens.set(token, { conversationId, expiresAt: this.options.now() + this.options.ttlSeconds * 1000 });
    // Insertion order is issue order: the oldest token goes first when over the cap.
    while (this.tokens.size > this.options.maxTokens) {
      const oldest = this.tokens.keys().next();
      if (oldest.done) break;
      this.tokens.delete(oldest.value);
    }
    return { token, conversationId, expires_in: this.options.ttlSeconds };
  }

  /** What a live token opens, or undefined (unknown or expired: HTTP 403). */
  resolve(token: string): IssuedToken | undefined {
    const entry = this.tokens.get(token);
    if (!entry) return undefined;
    const left = entry.expiresAt - this.options.now();
    if (left <= 0) {
      this.tokens.delete(token);
      return undefined;
    }
    return { token, conversationId: entry.conversationId, expires_in: Math.ceil(left / 1000) };
  }
}
