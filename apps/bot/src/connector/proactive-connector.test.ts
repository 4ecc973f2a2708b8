import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationBotFrameworkAuthentication } from "botbuilder";
import type { BotFrameworkAuthentication } from "botframework-connector";
import { ConnectorError, ProactiveConnector } from "./proactive-connector.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
/** What the stub answers next: status and body (default 200 with a new id); "hang" never answers. */
let answer: { status: number; body: unknown } | "hang" | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: JSON.parse(text) as never });
      if (answer === "hang") return;
      const { status, body } = answer ?? { status: 200, body: { id: `posted-${seen.length}` } };
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  seen.length = 0;
  answer = undefined;
});

const reference = () => ({
  channelId: "msteams",
  serviceUrl: `${base}/teams`,
  locale: "nl-NL",
  conversation: {
    id: "a:1/persoonlijk gesprek",
    name: "",
    conversationType: "personal",
    tenantId: "t-1",
    isGroup: false,
  },
  user: { id: "29:gebruiker", name: "Gebruiker", aadObjectId: "00000000-0000-0000-0000-000000000001" },
  bot: { id: "28:convenantbot", name: "Convenantbot" },
  activityId: "activiteit-van-de-gebruiker",
});

/** Local mode: no app id, so no token (as the playground and the tests run the bot). */
const localConnector = () => new ProactiveConnector(new ConfigurationBotFrameworkAuthentication({}), 30_000, {});

describe("ProactiveConnector: the outbox's Bot Connector calls", () => {
  it("posts a new message to the conversation as the bot, addressed to the user, and returns the channel's id", async () => {
    const connector = localConnector();
    const id = await connector
      .chat("", reference())
      .post({ type: "message", id: "not-sent", attachments: [], channelData: { deliveryId: "d-1" } });
    connector.close();
    expect(id).toBe("posted-1");
    const [call] = seen;
    expect(call!.method).toBe("POST");
    // The service URL's own path is kept; the conversation id is one path segment.
    expect(call!.url).toBe("/teams/v3/conversations/a%3A1%2Fpersoonlijk%20gesprek/activities");
    expect(call!.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(call!.headers.authorization).toBeUndefined();
    expect(call!.body).toEqual({
      type: "message",
      attachments: [],
      channelData: { deliveryId: "d-1" },
      channelId: "msteams",
      locale: "nl-NL",
      serviceUrl: `${base}/teams`,
      conversation: reference().conversation,
      from: reference().bot,
      recipient: reference().user,
    });
  });

  it("sends text as a message and replaces a posted card with PUT on its activity id", async () => {
    const connector = localConnector();
    const chat = connector.chat("", reference());
    await chat.post("Termijn verstreken.");
    await chat.update("kaart-1", { type: "message", attachments: [{ contentType: "x", content: {} }] });
    connector.close();
    expect(seen[0]!.body).toMatchObject({ type: "message", text: "Termijn verstreken.", inputHint: "acceptingInput" });
    expect(seen[1]!.method).toBe("PUT");
    expect(seen[1]!.url).toBe("/teams/v3/conversations/a%3A1%2Fpersoonlijk%20gesprek/activities/kaart-1");
    expect(seen[1]!.body).toMatchObject({ id: "kaart-1", from: reference().bot, recipient: reference().user });
  });

  it("signs with the token of the SDK's connector client for that app and service URL", async () => {
    const asked: { serviceUrl: string; appIds: string[] }[] = [];
    const auth = {
      createConnectorFactory: (claims: { claims: { type: string; value: string }[] }) => ({
        create: async (serviceUrl: string) => {
          asked.push({ serviceUrl, appIds: claims.claims.map((c) => c.value) });
          return {
            credentials: {
              signRequest: async (request: { headers: { set(name: string, value: string): void } }) => {
                request.headers.set("Authorization", "Bearer token-van-de-app");
                return request;
              },
            },
          };
        },
      }),
    } as unknown as BotFrameworkAuthentication;
    const connector = new ProactiveConnector(auth, 30_000, {});
    await connector.chat("app-1", reference()).post("hallo");
    connector.close();
    expect(seen[0]!.headers.authorization).toBe("Bearer token-van-de-app");
    expect(asked).toEqual([{ serviceUrl: `${base}/teams`, appIds: ["app-1", "app-1"] }]);
  });

  it("throws the connector's refusal with its status and code (403: app removed), as the outbox expects", async () => {
    answer = { status: 403, body: { error: { code: "BotNotInConversationRoster", message: "The bot is not part" } } };
    const connector = localConnector();
    const refused = await connector
      .chat("", reference())
      .post("hallo")
      .catch((error: unknown) => error);
    connector.close();
    expect(refused).toBeInstanceOf(ConnectorError);
    expect(refused).toMatchObject({ statusCode: 403, code: "BotNotInConversationRoster" });
    expect(String((refused as Error).message)).toContain("The bot is not part");
  });

  it("gives up on a connector that does not answer, without a status (retried by the outbox)", async () => {
    answer = "hang";
    const connector = new ProactiveConnector(new ConfigurationBotFrameworkAuthentication({}), 200, {});
    const failed = await connector
      .chat("", reference())
      .post("hallo")
      .catch((error: unknown) => error);
    connector.close();
    expect(failed).toBeInstanceOf(Error);
    expect((failed as { statusCode?: number }).statusCode).toBeUndefined();
    expect(String((failed as Error).message)).toContain("200 ms");
  });

  it("behind an outgoing proxy (HTTPS_PROXY), sends through the SDK client's own calls, which honour it", async () => {
    const calls: unknown[][] = [];
    const auth = {
      createConnectorFactory: () => ({
        create: async () => ({
          conversations: {
            sendToConversation: async (...args: unknown[]) => (calls.push(["send", ...args]), { id: "via-sdk-1" }),
            updateActivity: async (...args: unknown[]) => (calls.push(["update", ...args]), { id: "via-sdk-1" }),
          },
        }),
      }),
    } as unknown as BotFrameworkAuthentication;
    const connector = new ProactiveConnector(auth, 30_000, { HTTPS_PROXY: "http://proxy.example:3128" });
    const chat = connector.chat("app-1", reference());
    expect(await chat.post("hallo")).toBe("via-sdk-1");
    await chat.update("via-sdk-1", { type: "message", text: "bijgewerkt" });
    connector.close();
    expect(seen).toHaveLength(0);
    expect(calls.map((c) => c.slice(0, 2))).toEqual([
      ["send", "a:1/persoonlijk gesprek"],
      ["update", "a:1/persoonlijk gesprek"],
    ]);
    expect(calls[0]![2]).toMatchObject({ type: "message", text: "hallo", from: reference().bot });
    expect(calls[1]![3]).toMatchObject({ id: "via-sdk-1", text: "bijgewerkt" });
  });

  it("refuses a stored reference without conversation or service URL before any call", () => {
    const connector = localConnector();
    expect(() => connector.chat("", { ...reference(), serviceUrl: undefined as never })).toThrow(TypeError);
    connector.close();
    expect(seen).toHaveLength(0);
  });
});
