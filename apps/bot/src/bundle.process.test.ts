// The bundle `pnpm start` runs (scripts/bundle.ts) behaves like the unbundled bot where bundling
// could break it: files found beside their own module (tab, playground, PGlite's WASM and data),
// the one copy of botframework-connector the SDK's instanceof checks need, and a whole turn.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jwt from "jsonwebtoken";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleBot } from "../scripts/bundle.js";
import { BotClient, cardsOf, type Activity } from "./testing/bot-client.js";
import { startBotProcess, type BotProcess } from "./testing/bot-process.js";
import { CHANNEL_ISSUER, newSigningKeys, startChannelIssuer, type SigningKeys } from "./testing/channel-issuer.js";

const work = mkdtempSync(join(tmpdir(), "cb-bundle-"));
const started: BotProcess[] = [];
let entry: string;

beforeAll(async () => {
  // Into a folder of its own, elsewhere: the paths inside it are relative to where it lies.
  entry = (await bundleBot(join(work, "bundle"))).file;
}, 120_000);

afterAll(async () => {
  await Promise.all(started.map((bot) => bot.stop()));
  rmSync(work, { recursive: true, force: true });
});

function start(env: Record<string, string>): BotProcess {
  const bot = startBotProcess({ DATA_DIR: join(work, `data-${started.length}`), DEMO_DATA: "true", ...env }, { entry });
  started.push(bot);
  return bot;
}

const APP_ID = "6f1c1b4e-2c55-4c1e-9d8a-0000000000b1";
const DEMO_TENANT = "00000000-0000-0000-0000-000000000001";
const SERVICE_URL = "https://smba.trafficmanager.net/emea/";
const trusted = newSigningKeys();
const stranger = newSigningKeys();

function channelToken(keys: SigningKeys): string {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign(
    { iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, iat: now - 60, exp: now + 600 },
    keys.privateKey,
    { algorithm: "RS256", keyid: keys.kid },
  );
}

function channelActivity() {
  return {
    type: "message",
    id: randomUUID(),
    text: "help",
    channelId: "msteams",
    serviceUrl: SERVICE_URL,
    deliveryMode: "expectReplies",
    timestamp: new Date().toISOString(),
    from: { id: "29:demo-woonconsulent-kw", aadObjectId: "00000000-0000-0000-0000-0000000000a6", name: "Test" },
    recipient: { id: `28:${APP_ID}`, name: "Convenantbot" },
    conversation: { id: `conv-${randomUUID()}`, conversationType: "personal", tenantId: DEMO_TENANT },
    channelData: { tenant: { id: DEMO_TENANT } },
  };
}

describe("the bundled bot (dist/bundle/main.mjs)", () => {
  it("opens PGlite, answers an intake turn with its first question card, serves the tab and the playground", async () => {
    const bot = start({});
    const url = await bot.ready;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    const caseworker = new BotClient(url, {
      id: "29:demo-begeleider",
      aadObjectId: "00000000-0000-0000-0000-0000000000a2",
    });
    const cards = cardsOf(await caseworker.say("nieuwe aanmelding lv"));
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0])).toContain("intake.answer");

    const tab = await fetch(`${url}/tab/`);
    expect(tab.status).toBe(200);
    expect(await tab.text()).toMatch(/<html/i);
    const playground = await fetch(`${url}/`);
    expect(playground.status).toBe(200);
    expect(await playground.text()).toMatch(/<html/i);
    expect(bot.output().stderr).not.toMatch(/Error|Cannot find/);
  });

  it("with an app id, a channel token is checked: signed by the published key 200, by another key under its kid 401", async () => {
    // The loopback OpenID issuer of security/bot-framework-auth.test.ts (testing/channel-issuer.ts). The refused token fails jsonwebtoken's signature check:
    // the adapter answers that with the SDK's AuthenticationError, which the SDK must recognise.
    const issuer = await startChannelIssuer(trusted);
    const bot = start({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: "not-used-for-incoming-tokens",
      MicrosoftAppTenantId: DEMO_TENANT,
      ALLOWED_TENANTS: DEMO_TENANT,
      BotOpenIdMetadata: issuer.metadataUrl,
    });
    const url = await bot.ready;
    try {
      const send = (authorization: string) =>
        fetch(`${url}/api/messages`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization },
          body: JSON.stringify(channelActivity()),
        });
      const accepted = await send(`Bearer ${channelToken(trusted)}`);
      expect(accepted.status).toBe(200);
      expect(cardsOf(((await accepted.json()) as { activities: Activity[] }).activities)).toHaveLength(1);
      const forged = await send(`Bearer ${channelToken({ ...stranger, kid: trusted.kid })}`);
      expect(forged.status).toBe(401);
    } finally {
      await issuer.close();
    }
  });
});
