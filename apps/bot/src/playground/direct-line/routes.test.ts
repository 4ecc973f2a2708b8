import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectLineTestClient, requestJson } from "../testing/direct-line-client.js";
import { startPlaygroundServer, type PlaygroundServer } from "../testing/playground-server.js";

type ErrorBody = { error: { code: string; message: string; details?: string[] } };

/** Every error names the problem in Dutch and English ("nl / en"). */
const bilingual = /^.+ \/ .+$/;

describe("Direct Line routes: input checks and tokens", () => {
  let server: PlaygroundServer;
  let client: DirectLineTestClient;
  const dl = () => `${server.baseUrl}/v3/directline`;
  const activities = () => `${dl()}/conversations/${client.conversationId}/activities`;

  beforeAll(async () => {
    server = await startPlaygroundServer();
    client = await DirectLineTestClient.start(server.baseUrl, { id: "u-checks", name: "Cor" });
  });
  afterAll(async () => server.close());

  it.each([
    ["an activity without type", { text: "hallo" }, "type"],
    ["a type that is not a string", { type: 42 }, "type"],
    ["an over-long text", { type: "message", text: "x".repeat(28_001) }, "text"],
    ["attachments that are not a list", { type: "message", attachments: "bestand" }, "attachments"],
  ])("rejects %s with 400", async (_name, body, field) => {
    const result = await requestJson<ErrorBody>(activities(), { method: "POST", token: client.token, body });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe("BadArgument");
    expect(result.body.error.message).toBe("Ongeldige invoer: activiteit / invalid input: activity");
    expect(result.body.error.details?.some((line) => line.startsWith(`${field}:`))).toBe(true);
  });

  it("rejects a body that is not JSON with 400", async () => {
    const result = await requestJson<ErrorBody>(activities(), {
      method: "POST",
      token: client.token,
      rawBody: "{niet json",
    });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe("BadArgument");
    expect(result.body.error.message).toMatch(/^Ongeldige invoer: geen geldige JSON \/ invalid input: Invalid JSON/);
  });

  it("rejects a watermark that is not a number with 400", async () => {
    const result = await requestJson<ErrorBody>(`${activities()}?watermark=abc`, { token: client.token });
    expect(result.status).toBe(400);
    expect(result.body.error.message).toBe("Ongeldige invoer: watermark / invalid input: watermark");
    expect(result.body.error.details).toEqual(["watermark: watermark must be a whole number"]);
  });

  it("rejects a token request with a malformed user with 400", async () => {
    const result = await requestJson<ErrorBody>(`${dl()}/tokens/generate`, {
      method: "POST",
      body: { user: { id: 7 } },
    });
    expect(result.status).toBe(400);
    expect(result.body.error.message).toBe("Ongeldige invoer: token aanvragen / invalid input: generate token");
  });

  it("rejects a post without from.id when the conversation has no user yet", async () => {
    const issued = await requestJson<{ token: string; conversationId: string }>(`${dl()}/tokens/generate`, {
      method: "POST",
    });
    const result = await requestJson<ErrorBody>(`${dl()}/conversations/${issued.body.conversationId}/activities`, {
      method: "POST",
      token: issued.body.token,
      body: { type: "message", text: "wie ben ik" },
    });
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(/from\.id ontbreekt.* \/ invalid input: from\.id is missing/);
  });

  it("answers 401 without a token, 403 for an unknown token or another conversation's", async () => {
    const none = await requestJson<ErrorBody>(activities());
    expect(none.status).toBe(401);
    expect(none.body.error.message).toMatch(bilingual);

    const unknown = await requestJson<ErrorBody>(activities(), { token: "pg_verzonnen" });
    expect(unknown.status).toBe(403);
    expect(unknown.body.error.message).toBe("Token onbekend of verlopen / token unknown or expired");

    const other = await DirectLineTestClient.start(server.baseUrl, { id: "u-other" });
    const crossed = await requestJson<ErrorBody>(activities(), { token: other.token });
    expect(crossed.status).toBe(403);
    expect(crossed.body.error.code).toBe("Forbidden");
  });

  it("refreshes a token into a new one for the same conversation", async () => {
    const refreshed = await requestJson<{ token: string; conversationId: string; expires_in: number }>(
      `${dl()}/tokens/refresh`,
      {
        method: "POST",
        token: client.token,
      },
    );
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(client.conversationId);
    expect(refreshed.body.token).not.toBe(client.token);
    expect(refreshed.body.expires_in).toBe(1800);
    const poll = await requestJson(activities(), { token: refreshed.body.token });
    expect(poll.status).toBe(200);
  });

  it("reconnects (GET conversation) and answers start with 201 first, 200 after", async () => {
    const issued = await requestJson<{ token: string; conversationId: string }>(`${dl()}/tokens/generate`, {
      method: "POST",
      body: { user: { id: "u-start" } },
    });
    const start = () =>
      requestJson<{ conversationId: string }>(`${dl()}/conversations`, {
        method: "POST",
        token: issued.body.token,
        body: { user: { id: "u-start" } },
      });
    expect((await start()).status).toBe(201);
    const again = await start();
    expect(again.status).toBe(200);
    expect(again.body.conversationId).toBe(issued.body.conversationId);
    const reconnect = await requestJson<{ conversationId: string; token: string }>(
      `${dl()}/conversations/${issued.body.conversationId}?watermark=3`,
      {
        token: issued.body.token,
      },
    );
    expect(reconnect.status).toBe(200);
    expect(reconnect.body).toMatchObject({ conversationId: issued.body.conversationId, token: issued.body.token });
  });

  it("says file upload is not supported (501) rather than failing obscurely", async () => {
    const result = await requestJson<ErrorBody>(
      `${dl()}/conversations/${client.conversationId}/upload?userId=u-checks`,
      { method: "POST", token: client.token, body: {} },
    );
    expect(result.status).toBe(501);
    expect(result.body.error.message).toMatch(bilingual);
  });
});

describe("Direct Line routes: bounded memory", () => {
  let server: PlaygroundServer;

  beforeAll(async () => {
    server = await startPlaygroundServer({ limits: { maxConversations: 2, maxActivitiesPerConversation: 4 } });
  });
  afterAll(async () => server.close());

  it("keeps only the newest activities of a conversation, with the watermark still counting up", async () => {
    const client = await DirectLineTestClient.start(server.baseUrl, { id: "u-many", name: "Mia" });
    for (const text of ["a", "b", "c"]) await client.post({ text });
    const kept = await client.poll();
    // Welcome + 3 × (message, echo) = 7 delivered; the newest 4 are kept.
    expect(kept.map((a) => a.text)).toEqual(["b", "Echo: b", "c", "Echo: c"]);
    expect(client.watermark).toBe("7");
  });

  it("forgets the least recently used conversation beyond the cap (404: ended)", async () => {
    const first = await DirectLineTestClient.start(server.baseUrl, { id: "u-lru-1" });
    await DirectLineTestClient.start(server.baseUrl, { id: "u-lru-2" });
    await DirectLineTestClient.start(server.baseUrl, { id: "u-lru-3" });
    const result = await requestJson<ErrorBody>(
      `${server.baseUrl}/v3/directline/conversations/${first.conversationId}/activities`,
      { token: first.token },
    );
    expect(result.status).toBe(404);
    expect(result.body.error.message).toMatch(/^Gesprek bestaat niet meer .* \/ conversation no longer exists/);
  });
});

describe("resuming the page's own conversation (sessionStorage) after a server restart", () => {
  it("a restarted server takes the conversation id up again for its user; another user never gets it", async () => {
    const generate = (baseUrl: string, body: Record<string, unknown>) =>
      requestJson<{ token: string; conversationId: string }>(`${baseUrl}/v3/directline/tokens/generate`, {
        method: "POST",
        body,
      });
    const first = await startPlaygroundServer();
    const issued = await generate(first.baseUrl, { user: { id: "u-resume" } });
    const other = await generate(first.baseUrl, {
      user: { id: "u-other" },
      conversationId: issued.body.conversationId,
    });
    expect(other.body.conversationId).not.toBe(issued.body.conversationId);
    await first.close();

    const second = await startPlaygroundServer();
    try {
      const again = await generate(second.baseUrl, {
        user: { id: "u-resume" },
        conversationId: issued.body.conversationId,
      });
      expect(again.status).toBe(200);
      expect(again.body.conversationId).toBe(issued.body.conversationId);
      expect(again.body.token).not.toBe(issued.body.token);
      // "Nieuw gesprek" (fresh) still starts a new one.
      const fresh = await generate(second.baseUrl, {
        user: { id: "u-resume" },
        conversationId: issued.body.conversationId,
        fresh: true,
      });
      expect(fresh.body.conversationId).not.toBe(issued.body.conversationId);
      const bad = await generate(second.baseUrl, { user: { id: "u-resume" }, conversationId: "../../etc" });
      expect(bad.status).toBe(400);
    } finally {
      await second.close();
    }
  });
});
