import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { waitFor } from "./wait.js";

/** Debian's Chromium; never a downloaded one (no `playwright install` here). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** apps/bot/test-results: where failure screenshots go (CI keeps the folder). */
export const TEST_RESULTS_DIR = fileURLToPath(new URL("../../../test-results", import.meta.url));

/**
 * Whether browser tests can run, and whether they must: under CI=true a missing Chromium is
 * a failure (a skipped e2e test would read as green), elsewhere a skip with the reason.
 */
export function chromiumStatus(): { available: boolean; required: boolean; reason: string } {
  const available = existsSync(CHROMIUM_PATH);
  const required = process.env.CI === "true";
  return {
    available,
    required,
    reason: available ? "" : `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    timeout: 60_000,
  });
}

export const isLoopback = (url: string): boolean => {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
};

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  blocked: string[];
  consoleErrors: string[];
}

/**
 * A page in its own browser context that may only talk to loopback (everything else is
 * blocked and listed), with console and page errors kept for failure messages.
 */
export async function openGuardedPage(
  browser: Browser,
  url: string,
  options: { viewport: { width: number; height: number }; timeoutMs?: number },
): Promise<GuardedPage> {
  const context = await browser.newContext({ locale: "nl-NL", viewport: options.viewport });
  const page = await context.newPage();
  const guarded: GuardedPage = { context, page, blocked: [], consoleErrors: [] };
  await context.route("**/*", async (route) => {
    const target = route.request().url();
    if (isLoopback(target)) await route.continue();
    else {
      guarded.blocked.push(target);
      await route.abort();
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error") guarded.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => guarded.consoleErrors.push(error.message));
  page.setDefaultTimeout(options.timeoutMs ?? 20_000);
  await page.goto(url);
  return guarded;
}

/**
 * Web Chat as one demo user, driven like a person would: type, wait to see text, click a
 * card button by its title. Requests that would leave the machine are blocked and listed.
 */
export class WebChatPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    /** URLs the page tried to reach outside loopback (blocked). */
    readonly blocked: string[],
    /** Browser console errors, for the failure message. */
    readonly consoleErrors: string[],
  ) {}

  static async open(
    browser: Browser,
    baseUrl: string,
    userId: string,
    options: { timeoutMs?: number } = {},
  ): Promise<WebChatPage> {
    const guarded = await openGuardedPage(browser, `${baseUrl}/playground/?user=${encodeURIComponent(userId)}`, {
      viewport: { width: 1000, height: 800 },
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    const chat = new WebChatPage(guarded.context, guarded.page, guarded.blocked, guarded.consoleErrors);
    await chat.page.locator('[data-id="webchat-sendbox-input"]').waitFor({ state: "visible" });
    return chat;
  }

  /** Types into Web Chat's send box and presses Enter. */
  async send(text: string): Promise<void> {
    const input = this.page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(text);
    await input.press("Enter");
  }

  /** Waits until `text` is visible in the transcript (exact text of some element). */
  async waitForText(text: string, timeoutMs?: number): Promise<void> {
    await this.transcriptText(text)
      .first()
      .waitFor({ state: "visible", ...(timeoutMs ? { timeout: timeoutMs } : {}) });
  }

  /** Waits until no element in the transcript shows `text` any more. */
  async waitForTextGone(text: string, timeoutMs?: number): Promise<void> {
    await this.transcriptText(text)
      .first()
      .waitFor({ state: "detached", ...(timeoutMs ? { timeout: timeoutMs } : {}) });
  }

  async countText(text: string): Promise<number> {
    return this.transcriptText(text).count();
  }

  /** Clicks a button (e.g. an Adaptive Card action) by its visible title. */
  async clickButton(title: string): Promise<void> {
    await this.page.getByRole("button", { name: title, exact: true }).last().click();
  }

  /** Acts as another demo user through the header's switch (a new Direct Line session). */
  async switchUser(userId: string): Promise<void> {
    const before = await this.conversationId();
    await this.page.getByLabel("Demogebruiker").selectOption(userId);
    await this.waitForConversationChange(before);
  }

  /** The header's "Nieuw gesprek": a fresh conversation as the same user. */
  async newConversation(): Promise<void> {
    const before = await this.conversationId();
    await this.page.getByRole("button", { name: "Nieuw gesprek", exact: true }).click();
    await this.waitForConversationChange(before);
  }

  /** The Direct Line conversation id the header shows (empty while connecting). */
  async conversationId(): Promise<string> {
    return (await this.page.getByTestId("conversation-id").textContent())?.trim() ?? "";
  }

  private async waitForConversationChange(before: string): Promise<void> {
    await waitFor(
      "the header to show a new conversation",
      async () => {
        const shown = await this.conversationId();
        return shown !== "" && shown !== before ? shown : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    await this.page.locator('[data-id="webchat-sendbox-input"]').waitFor({ state: "visible" });
  }

  /** Saves a full-page screenshot under apps/bot/test-results/; returns its path. */
  async screenshot(name: string): Promise<string> {
    await mkdir(TEST_RESULTS_DIR, { recursive: true });
    const path = join(TEST_RESULTS_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  private transcriptText(text: string) {
    return this.page.locator(".webchat__basic-transcript").getByText(text, { exact: true });
  }
}
