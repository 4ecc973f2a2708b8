// The chat recovered after a 409, where no turn of the tenant gave a serviceUrl yet: Microsoft's
// well-known address (TEAMS_SERVICE_URL) is stored, and only a listed installation counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, seedDemoData, type Store } from "@convenantbot/store";
import { loadConfig } from "../config.js";
import { recoverPersonalChat } from "./recover-chat.js";
import type { TeamsGraph } from "./teams-graph.js";

let store: Store;
beforeAll(async () => {
  store = await openStore({ inMemory: true });
  await seedDemoData(store);
});
afterAll(async () => store?.close());

const teamsAnswering = (chatId: string | undefined) =>
  ({ personalChatId: () => Promise.resolve(chatId) }) as unknown as TeamsGraph;

describe("recoverPersonalChat", () => {
  it("defaults TEAMS_SERVICE_URL to Microsoft's public-cloud Bot Connector address", () => {
    expect(loadConfig({}).TEAMS_SERVICE_URL).toBe("https://smba.trafficmanager.net/teams/");
  });

  it("without a serviceUrl of the tenant: stores the chat with TEAMS_SERVICE_URL and wakes the party's parked rows", async () => {
    const member = (await store.members.byTeamsUserId("29:demo-meldpunt"))!;
    const parked = await store.outbox.enqueue([{ kind: "test.parked", target: member.partyId, payload: {} }]);
    const [claimed] = await store.outbox.claim("w", { batchSize: 10, leaseMs: 60_000 });
    expect(claimed?.id).toBe(parked[0]);
    await store.outbox.markUnreachable(parked[0]!, "w", "onbereikbaar");
    expect((await store.outbox.get(parked[0]!))?.unreachableAt).not.toBeNull();

    const deps = {
      store,
      catalogAppId: "cat",
      botAppId: "bot-id",
      defaultServiceUrl: "https://smba.trafficmanager.net/teams/",
    };
    expect(await recoverPersonalChat({ ...deps, teams: teamsAnswering("19:meldpunt@unq.gbl.spaces") }, member)).toBe(
      "recovered",
    );
    const [ref] = await store.conversations.forMember(member.id);
    expect(ref?.reference).toMatchObject({
      serviceUrl: "https://smba.trafficmanager.net/teams/",
      bot: { id: "28:bot-id" },
      conversation: { id: "19:meldpunt@unq.gbl.spaces", conversationType: "personal" },
    });
    expect((await store.outbox.get(parked[0]!))?.unreachableAt).toBeNull();
  });

  it("no installation listed: nothing stored", async () => {
    const member = (await store.members.byTeamsUserId("29:demo-gemeente"))!;
    const deps = { store, catalogAppId: "cat", botAppId: "bot-id", defaultServiceUrl: "https://example.test/" };
    expect(await recoverPersonalChat({ ...deps, teams: teamsAnswering(undefined) }, member)).toBe("none");
    expect(await store.conversations.forMember(member.id)).toEqual([]);
  });
});
