// With app credentials configured, /api/messages authenticates every request through
// botbuilder's own channel-token validation (CloudAdapter + ConfigurationBotFrameworkAuthentication),
// never with authentication turned off. The signing keys come from a loopback OpenID metadata
// document + JWKS on loopback (testing/channel-issuer.ts; the `BotOpenIdMetadata` setting, botbuilder's own), and
// tokens are signed RS256 with a local test key, exactly as the Bot Connector signs them.
import { randomUUID } from "node:crypto";
import jwt from "jsonwebtoken";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { cardsOf, textsOf, type Activity } from "../testing/bot-client.js";
import {
  CHANNEL_ISSUER as ISSUER,
  newSigningKeys,
  startChannelIssuer,
  type ChannelIssuer,
  type SigningKeys as Keys,
} from "../testing/channel-issuer.js";
import { startTestApp } from "../testing/test-app.js";

const APP_ID = "6f1c1b4e-2c55-4c1e-9d8a-0000000000b0";
const DEMO_TENANT = "00000000-0000-0000-0000-000000000001";
const OTHER_TENANT = "11111111-1111-1111-1111-111111111111";
const SERVICE_URL = "https://smba.trafficmanager.net/emea/";
const landlord = { id: "29:demo-woonconsulent-kw", aadObjectId: "00000000-0000-0000-0000-0000000000a6" };

const trusted = newSigningKeys();
const stranger = newSigningKeys(); // signs, but is not in the published JWKS

let jwks: ChannelIssuer | undefined;
let store: Store;
let app: RunningApp;

// botbuilder's CloudAdapter console.errors every refused request (with the published keys):
// kept out of the test output.
const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);

beforeAll(async () => {
  jwks = await startChannelIssuer(trusted);
  store = await openStore({ inMemory: true });
  app = await startTestApp({
    store,
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: "not-used-for-incoming-tokens",
      MicrosoftAppType: "SingleTenant",
      MicrosoftAppTenantId: DEMO_TENANT,
      ALLOWED_TENANTS: DEMO_TENANT,
      DEMO_DATA: "true",
      BotOpenIdMetadata: jwks.metadataUrl,
    },
  });
});
afterAll(async () => {
  consoleError.mockRestore();
  await app?.close();
  await store?.close();
  await jwks?.close();
});

function activity(options: { tenant?: string; text?: string; serviceUrl?: string } = {}) {
  const tenant = options.tenant ?? DEMO_TENANT;
  return {
    type: "message",
    id: randomUUID(),
    text: options.text ?? "help",
    channelId: "msteams",
    serviceUrl: options.serviceUrl ?? SERVICE_URL,
    deliveryMode: "expectReplies",
    timestamp: new Date().toISOString(),
    from: { id: landlord.id, aadObjectId: landlord.aadObjectId, name: "Test" },
    recipient: { id: `28:${APP_ID}`, name: "Convenantbot" },
    conversation: { id: `conv-${randomUUID()}`, conversationType: "personal", tenantId: tenant },
    channelData: { tenant: { id: tenant } },
  };
}

function token(
  overrides: {
    claims?: Record<string, unknown>;
    keys?: Keys;
    kid?: string;
    expiresIn?: number;
    algorithm?: "RS256" | "RS384";
  } = {},
) {
  const keys = overrides.keys ?? trusted;
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign(
    {
      iss: ISSUER,
      aud: APP_ID,
      serviceurl: SERVICE_URL,
      nbf: now - 60,
      iat: now - 60,
      exp: now + (overrides.expiresIn ?? 600),
      ...overrides.claims,
    },
    keys.privateKey,
    { algorithm: overrides.algorithm ?? "RS256", keyid: overrides.kid ?? keys.kid },
  );
}

async function post(
  body: Record<string, unknown>,
  authorization?: string,
): Promise<{ status: number; activities: Activity[]; text: string }> {
  const response = await fetch(`${app.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization !== undefined ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let activities: Activity[] = [];
  try {
    activities = (JSON.parse(text) as { activities?: Activity[] }).activities ?? [];
  } catch {
    // 401 bodies are plain text
  }
  return { status: response.status, activities, text };
}

async function referencesFor(conversationId: string): Promise<number> {
  const rows = await store.db
    .selectFrom("conversation_references")
    .select("id")
    .where("conversation_id", "=", conversationId)
    .execute();
  return rows.length;
}

describe("/api/messages with app credentials: Bot Framework JWT required", () => {
  it("a correctly signed channel token from an allowed tenant gets the bot's answer", async () => {
    const body = activity({ text: "help" });
    const response = await post(body, `Bearer ${token()}`);
    expect(response.status).toBe(200);
    expect(cardsOf(response.activities)).toHaveLength(1);
    expect(jwks!.requests()).toBeGreaterThan(0); // the keys came from the loopback issuer, through botbuilder
    expect(await referencesFor(body.conversation.id)).toBe(1);
  });

  const rejected: [string, () => string | undefined][] = [
    ["no Authorization header", () => undefined],
    ["an empty Authorization header", () => ""],
    ["a bearer that is not a JWT", () => "Bearer not-a-jwt"],
    ["a token without the Bearer scheme", () => token()],
    ["a token signed by a key that is not published", () => `Bearer ${token({ keys: stranger })}`],
    [
      "a token signed by another key under the published kid",
      () => `Bearer ${token({ keys: stranger, kid: trusted.kid })}`,
    ],
    ["a token for another bot (aud)", () => `Bearer ${token({ claims: { aud: "someone-else" } })}`],
    ["a token from another issuer", () => `Bearer ${token({ claims: { iss: "https://issuer.invalid" } })}`],
    ["an expired token (beyond the 5 min clock tolerance)", () => `Bearer ${token({ expiresIn: -600 })}`],
    [
      "a token whose serviceurl claim is not the activity's",
      () => `Bearer ${token({ claims: { serviceurl: "https://evil.invalid/" } })}`,
    ],
    [
      "an unsigned token (alg none)",
      () => {
        const [, payload] = token().split(".");
        const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT", kid: trusted.kid })).toString("base64url");
        return `Bearer ${header}.${payload}.`;
      },
    ],
    [
      "an HS256 token keyed with the public key (algorithm confusion)",
      () => {
        const pem = trusted.publicKey.export({ type: "spki", format: "pem" }).toString();
        const now = Math.floor(Date.now() / 1000);
        const forged = jwt.sign({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, iat: now, exp: now + 600 }, pem, {
          algorithm: "HS256",
          keyid: trusted.kid,
        });
        return `Bearer ${forged}`;
      },
    ],
  ];
  it.each(rejected)("rejects %s with 401 and does nothing", async (_name, authorization) => {
    const body = activity({ text: "nieuwe aanmelding" });
    const response = await post(body, authorization());
    expect(response.status).toBe(401);
    expect(response.activities).toEqual([]);
    expect(response.text).not.toMatch(/signature|algorithm|BEGIN|jwt/i); // no verifier details
    expect(await referencesFor(body.conversation.id)).toBe(0);
  });

  it("a valid token for an activity of a tenant that is not allowed gets the refusal text, nothing else", async () => {
    const body = activity({ tenant: OTHER_TENANT, text: "nieuwe aanmelding" });
    const response = await post(body, `Bearer ${token()}`);
    expect(response.status).toBe(200);
    expect(cardsOf(response.activities)).toEqual([]);
    expect(textsOf(response.activities)).toEqual([expect.stringMatching(/niet aangesloten bij Convenantbot/)]);
    expect(response.activities).toHaveLength(1);
    expect(await referencesFor(body.conversation.id)).toBe(0);
  });

  it("the same valid token still works after the rejections (no lock-out, keys cached)", async () => {
    const response = await post(activity({ text: "help" }), `Bearer ${token()}`);
    expect(response.status).toBe(200);
    expect(cardsOf(response.activities)).toHaveLength(1);
  });
});
