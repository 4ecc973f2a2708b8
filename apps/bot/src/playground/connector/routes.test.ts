import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectLineTestClient, requestJson } from "../testing/direct-line-client.js";
import { startPlaygroundServer, type PlaygroundServer } from "../testing/playground-server.js";

type ErrorBody = { error: { code: string; message: string; details?: string[] } };

describe("connector routes: input checks", () => {
  let server: PlaygroundServer;
  let client: DirectLineTestClient;
  const conversations = () => `${server.serviceUrl}/v3/conversations`;

  beforeAll(async () => {
    server = await startPlaygroundServer();
    client = await DirectLineTestClient.start(server.baseUrl, { id: "u-conn", name: "Cas" });
  });
  afterAll(async () => server.close());

  it("rejects a bot activity without type with 400", async () => {
    const result = await requestJson<ErrorBody>(`${conversations()}/${client.conversationId}/activities`, {
      method: "POST",
      body: { text: "zonder type" },
    });
    expect(result.status).toBe(400);
    expect(result.body.error.message).toBe("Ongeldige invoer: activiteit / invalid input: activity");
    expect(result.body.error.details?.[0]).toMatch(/^type:/);
  });

  it("rejects creating a conversation with no or two members, or a group, with 400", async () => {
    for (const body of [
      { bot: { id: "convenantbot" }, members: [] },
      { bot: { id: "convenantbot" }, members: [{ id: "a" }, { id: "b" }] },
      { isGroup: true, bot: { id: "convenantbot" }, members: [{ id: "a" }] },
    ]) {
      const result = await requestJson<ErrorBody>(conversations(), { method: "POST", body });
      expect(result.status).toBe(400);
      expect(result.body.error.message).toBe("Ongeldige invoer: gesprek aanmaken / invalid input: create conversation");
    }
  });

  it("answers 404 in both languages when updating an activity that does not exist", async () => {
    const result = await requestJson<ErrorBody>(`${conversations()}/${client.conversationId}/activities/bestaat-niet`, {
      method: "PUT",
      body: { type: "message", text: "x" },
    });
    expect(result.status).toBe(404);
    expect(result.body.error.message).toBe("Gesprek of activiteit niet gevonden / conversation or activity not found");
  });

  it("creates a conversation with an initial activity and returns its id", async () => {
    const result = await requestJson<{ id: string; activityId: string }>(conversations(), {
      method: "POST",
      body: {
        bot: { id: "convenantbot" },
        members: [{ id: "u-init", name: "Ivo" }],
        activity: { type: "message", text: "Eerste bericht" },
      },
    });
    expect(result.status).toBe(201);
    expect(server.playground.activitiesOf(result.body.id)).toMatchObject([
      { id: result.body.activityId, text: "Eerste bericht", recipient: { id: "u-init" } },
    ]);
  });

  it("deletes an activity and logs it", async () => {
    const sent = await requestJson<{ id: string }>(`${conversations()}/${client.conversationId}/activities`, {
      method: "POST",
      body: { type: "message", text: "weg ermee" },
    });
    const deleted = await requestJson(
      `${conversations()}/${client.conversationId}/activities/${encodeURIComponent(sent.body.id)}`,
      { method: "DELETE" },
    );
    expect(deleted.status).toBe(200);
    expect(server.playground.activitiesOf(client.conversationId).some((a) => a.id === sent.body.id)).toBe(false);
    expect(server.playground.getLog().at(-1)).toMatchObject({
      operation: "delete",
      conversationId: client.conversationId,
    });
  });
});
