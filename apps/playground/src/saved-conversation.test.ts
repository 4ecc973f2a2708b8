import { describe, expect, it } from "vitest";
import { saveConversation, savedConversation } from "./saved-conversation";

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe("the page's saved conversation", () => {
  it("is kept per demo user", () => {
    const storage = memoryStorage();
    saveConversation(storage, "u-a", "AbCdEf0123456789");
    saveConversation(storage, "u-b", "ZZZZZZZZZZZZZZZZ");
    expect(savedConversation(storage, "u-a")).toBe("AbCdEf0123456789");
    expect(savedConversation(storage, "u-b")).toBe("ZZZZZZZZZZZZZZZZ");
    expect(savedConversation(storage, "u-c")).toBeUndefined();
  });

  it("ignores what is not an id, and blocked storage", () => {
    const storage = memoryStorage();
    storage.setItem("convenantbot.playground.conversation.u-a", "../../x");
    expect(savedConversation(storage, "u-a")).toBeUndefined();
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceeded");
      },
      removeItem: () => undefined,
    };
    expect(savedConversation(blocked, "u-a")).toBeUndefined();
    expect(() => saveConversation(blocked, "u-a", "AbCdEf0123456789")).not.toThrow();
    expect(savedConversation(undefined, "u-a")).toBeUndefined();
  });
});
