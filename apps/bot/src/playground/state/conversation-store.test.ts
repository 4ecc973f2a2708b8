import { describe, expect, it } from "vitest";
import { ConversationStore } from "./conversation-store.js";

const ids = () => {
  let n = 0;
  return () => `c${++n}`;
};

describe("ConversationStore", () => {
  it("gives Direct Line ids and hands out activities after a watermark", () => {
    const store = new ConversationStore({}, ids());
    const conversation = store.create({ userId: "u1" });
    const a = store.append(conversation, { type: "message", text: "a" });
    store.append(conversation, { type: "message", text: "b", id: "eigen-id" });
    expect(a.id).toBe("c1|0000001");
    expect(store.since(conversation, undefined)).toEqual({
      activities: [a, { type: "message", text: "b", id: "eigen-id" }],
      watermark: "2",
    });
    expect(store.since(conversation, 1).activities.map((x) => x.text)).toEqual(["b"]);
    expect(store.since(conversation, 2)).toEqual({ activities: [], watermark: "2" });
  });

  it("replaces in place: new watermark, same id, original timestamp, old version gone", () => {
    const store = new ConversationStore({}, ids());
    const conversation = store.create();
    const original = store.append(conversation, { type: "message", text: "v1", timestamp: "2026-01-01T10:00:00.000Z" });
    store.append(conversation, { type: "message", text: "later" });
    const updated = store.replace(conversation, {
      type: "message",
      id: original.id!,
      text: "v2",
      timestamp: "2026-01-01T10:05:00.000Z",
    });
    expect(updated).toEqual({ type: "message", id: original.id, text: "v2", timestamp: "2026-01-01T10:00:00.000Z" });
    expect(store.since(conversation, 2)).toEqual({ activities: [updated], watermark: "3" });
    expect(store.since(conversation, undefined).activities.map((x) => x.text)).toEqual(["later", "v2"]);
    expect(store.replace(conversation, { type: "message", id: "onbekend" })).toBeUndefined();
  });

  it("caps activities per conversation, dropping the oldest, while the watermark keeps counting", () => {
    const store = new ConversationStore({ maxActivitiesPerConversation: 2 }, ids());
    const conversation = store.create();
    for (const text of ["1", "2", "3", "4"]) store.append(conversation, { type: "message", text });
    expect(store.since(conversation, undefined)).toMatchObject({
      activities: [{ text: "3" }, { text: "4" }],
      watermark: "4",
    });
  });

  it("forgets the least recently used conversation beyond the cap", () => {
    const store = new ConversationStore({ maxConversations: 2 }, ids());
    const first = store.create({ userId: "u1" });
    const second = store.create({ userId: "u2" });
    store.get(first.id); // used: now the second is the oldest
    store.create({ userId: "u3" });
    expect(store.size).toBe(2);
    expect(store.get(second.id)).toBeUndefined();
    expect(store.latestForUser("u2")).toBeUndefined();
    expect(store.latestForUser("u1")?.id).toBe(first.id);
  });

  it("finds a user's most recently used conversation", () => {
    const store = new ConversationStore({}, ids());
    const older = store.create({ userId: "u1" });
    const newer = store.create({ userId: "u1" });
    expect(store.latestForUser("u1")?.id).toBe(newer.id);
    store.get(older.id);
    expect(store.latestForUser("u1")?.id).toBe(older.id);
  });
});
