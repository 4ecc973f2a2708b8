// The per-turn writes the store port saves (issue 18): a chat's reference is written when it
// changes, not on every turn because Teams gives each activity a new id.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { demoTenantId as DEMO_TENANT_ID, openStore, seedDemoData, type Store } from "@convenantbot/store";
import { storePorts } from "./store-ports.js";

let store: Store;
beforeAll(async () => {
  store = await openStore({ inMemory: true });
  await seedDemoData(store);
});
afterAll(async () => store?.close());

const reference = (activityId: string, serviceUrl = "https://smba.example/teams/") => ({
  activityId,
  user: { id: "29:demo-meldpunt", name: "Meldpunt" },
  bot: { id: "28:bot", name: "Convenantbot" },
  conversation: {
    id: "a:personal-chat-1",
    name: "",
    conversationType: "personal",
    tenantId: DEMO_TENANT_ID,
    isGroup: false,
  },
  channelId: "msteams",
  serviceUrl,
});

describe("saveConversationReference", () => {
  it("writes a personal chat once across turns, and again when the reference itself changes", async () => {
    const ports = storePorts(store);
    const caseworker = (await ports.findCaseworker("29:demo-meldpunt", undefined, DEMO_TENANT_ID))!;
    expect(caseworker).toBeDefined();
    const upsert = vi.spyOn(store.conversations, "upsert");
    for (const turn of ["a1", "a2", "a3"])
      await ports.saveConversationReference(caseworker, DEMO_TENANT_ID, reference(turn));
    expect(upsert).toHaveBeenCalledTimes(1);
    await ports.saveConversationReference(caseworker, DEMO_TENANT_ID, reference("a4", "https://smba.example/emea/"));
    expect(upsert).toHaveBeenCalledTimes(2);
    const stored = await store.conversations.personalForParty(caseworker.partyId, { memberIds: [caseworker.id] });
    expect(stored.map((r) => r.reference.serviceUrl)).toEqual(["https://smba.example/emea/"]);
  });
});
