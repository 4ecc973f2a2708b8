import { describe, expect, it } from "vitest";
import { TokenStore } from "./tokens.js";

describe("TokenStore", () => {
  it("resolves a token to its conversation until it expires (injected clock)", () => {
    let now = 1_000_000;
    const tokens = new TokenStore({ ttlSeconds: 60, now: () => now });
    const issued = tokens.issue("c1");
    expect(issued).toMatchObject({ conversationId: "c1", expires_in: 60 });
    expect(issued.token).toMatch(/^pg_[\w-]{32}$/);
    now += 59_500;
    expect(tokens.resolve(issued.token)).toEqual({ token: issued.token, conversationId: "c1", expires_in: 1 });
    now += 500;
    expect(tokens.resolve(issued.token)).toBeUndefined();
  });

  it("issues a different opaque token every time and forgets the oldest beyond the cap", () => {
    const tokens = new TokenStore({ maxTokens: 2 });
    const [a, b, c] = [tokens.issue("c1"), tokens.issue("c1"), tokens.issue("c2")];
    expect(new Set([a.token, b.token, c.token]).size).toBe(3);
    expect(tokens.resolve(a.token)).toBeUndefined();
    expect(tokens.resolve(b.token)?.conversationId).toBe("c1");
    expect(tokens.resolve(c.token)?.conversationId).toBe("c2");
  });
});
