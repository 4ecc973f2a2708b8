import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoUser } from "./index.js";
import { chromiumStatus, launchChromium, WebChatPage } from "./testing/browser.js";
import { EchoBot } from "./testing/echo-bot.js";
import { ensurePlaygroundBuilt } from "./testing/page-build.js";
import { startPlaygroundServer, type PlaygroundServer } from "./testing/playground-server.js";

const demoUsers: DemoUser[] = [
  {
    id: "u-verhuur",
    name: "Lotte Verhuur",
    aadObjectId: "aad-verhuur",
    role: "sociale_verhuurder",
    partyName: "Woonstede",
  },
];

const status = chromiumStatus();
const skip = !status.available && !status.required;
if (skip) console.warn(`[restart e2e] skipped: ${status.reason}. With CI=true this is a failure, not a skip.`);

/** Issue 15: after a server restart the open page answered 403 and never recovered. */
describe.skipIf(skip)("the playground page after a server restart (headless Chromium)", () => {
  let server: PlaygroundServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!status.available) return;
    await ensurePlaygroundBuilt();
    server = await startPlaygroundServer({ bot: new EchoBot(), demoUsers });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("says the connection is lost and reconnects with one click", { timeout: 120_000 }, async ({ onTestFailed }) => {
    if (!browser || !server) throw new Error(`CI=true but ${status.reason}: the restart test must run in CI`);
    const chat = await WebChatPage.open(browser, server.baseUrl, "u-verhuur");
    onTestFailed(async () => void (await chat.screenshot("playground-restart")));
    await chat.send("voor de herstart");
    await chat.waitForText("Echo: voor de herstart");
    const conversationBefore = await chat.page.getByTestId("conversation-id").textContent();
    expect(conversationBefore).toBeTruthy();

    // The same address, a new process: its Direct Line knows none of the old tokens.
    const port = Number(new URL(server.baseUrl).port);
    await server.close();
    server = await startPlaygroundServer({ bot: new EchoBot(), demoUsers, port });

    const lost = chat.page.getByTestId("connection-lost");
    await lost.waitFor({ state: "visible", timeout: 30_000 });
    await lost.getByRole("button", { name: "Opnieuw verbinden" }).click();
    await chat.page.locator('[data-id="webchat-sendbox-input"]').waitFor({ state: "visible" });
    await chat.send("na de herstart");
    await chat.waitForText("Echo: na de herstart");
    // The same conversation resumed (kept in sessionStorage), so the bot's state of it continues.
    expect(await chat.page.getByTestId("conversation-id").textContent()).toBe(conversationBefore);
    await chat.close();
  });
});
