import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { meta, seedTestParties, signalInput } from "../testing/fixtures.js";

const reference = (conversationId: string) => ({
  bot: { id: "28:bot", name: "Convenantbot" },
  conversation: {
    id: conversationId,
    name: "",
    isGroup: false,
    conversationType: "personal",
    tenantId: "00000000-0000-0000-0000-000000000001",
  },
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
});

// The bulk forms a batch of deliveries uses: each must answer exactly as its one-row form.
describeEachEngine("bulk reads and writes for delivery", (ctx) => {
  it("getMany returns each signal as get does, and leaves out unknown ids", async () => {
    await seedTestParties(ctx.store);
    const a = await ctx.store.signals.create(
      signalInput({ recipientPartyIds: ["test-zorg", "test-meldpunt"] }),
      [],
      meta,
    );
    const b = await ctx.store.signals.create(signalInput(), [], meta);
    const unknown = randomUUID();
    const many = await ctx.store.signals.getMany([a.signal.id, b.signal.id, unknown, a.signal.id]);
    expect([...many.keys()].sort()).toEqual([a.signal.id, b.signal.id].sort());
    expect(many.get(a.signal.id)).toEqual(await ctx.store.signals.get(a.signal.id));
    expect(many.get(b.signal.id)).toEqual(await ctx.store.signals.get(b.signal.id));
    expect(await ctx.store.signals.getMany([])).toEqual(new Map());
  });

  it("recordCards upserts several cards in one statement (the last post of a chat wins) and cardsMany reads them back", async () => {
    const { member } = await seedTestParties(ctx.store);
    const s1 = (await ctx.store.signals.create(signalInput(), [], meta)).signal.id;
    const s2 = (await ctx.store.signals.create(signalInput(), [], meta)).signal.id;
    const chat = await ctx.store.conversations.upsert({
      reference: reference(`a:bulk-${randomUUID()}`),
      memberId: member.id,
    });
    await ctx.store.signals.recordCard(s1, chat.id, "old-activity");
    await ctx.store.signals.recordCards([
      { signalId: s1, conversationReferenceId: chat.id, activityId: "first" },
      { signalId: s2, conversationReferenceId: chat.id, activityId: "second" },
      { signalId: s1, conversationReferenceId: chat.id, activityId: "newest" },
    ]);
    const cards = await ctx.store.signals.cardsMany([s1, s2, randomUUID()]);
    expect(cards.get(s1)).toEqual([{ conversationReferenceId: chat.id, activityId: "newest" }]);
    expect(cards.get(s2)).toEqual(await ctx.store.signals.cards(s2));
    expect([...cards.values()].map((c) => c.length)).toEqual([1, 1, 0]);
  });

  it("recordSuccessMany clears the error of every chat given and skips ids that are gone", async () => {
    const { member } = await seedTestParties(ctx.store);
    const one = await ctx.store.conversations.upsert({
      reference: reference(`a:ok-${randomUUID()}`),
      memberId: member.id,
    });
    const two = await ctx.store.conversations.upsert({
      reference: reference(`a:ok-${randomUUID()}`),
      memberId: member.id,
    });
    await ctx.store.conversations.recordError(one.id, "HTTP 502");
    await ctx.store.conversations.recordSuccessMany([one.id, two.id, randomUUID()]);
    for (const id of [one.id, two.id]) {
      expect(await ctx.store.conversations.get(id)).toMatchObject({
        lastError: null,
        lastErrorAt: null,
        lastSuccessAt: expect.any(String),
      });
    }
  });

  it("markDeliveredMany marks each row once; a repeat changes nothing", async () => {
    const ids = await ctx.store.outbox.enqueue(
      [1, 2, 3].map((n) => ({ kind: "test.bulk", target: `t-${n}`, payload: { n } })),
    );
    ctx.clock.set("2025-04-01T10:00:00.000Z");
    expect(await ctx.store.outbox.markDeliveredMany(ids.slice(0, 2))).toBe(2);
    ctx.clock.set("2025-04-01T11:00:00.000Z");
    expect(await ctx.store.outbox.markDeliveredMany(ids)).toBe(1);
    const rows = await Promise.all(ids.map((id) => ctx.store.outbox.get(id)));
    expect(rows.map((r) => r?.deliveredAt)).toEqual([
      "2025-04-01T10:00:00.000Z",
      "2025-04-01T10:00:00.000Z",
      "2025-04-01T11:00:00.000Z",
    ]);
  });
});
