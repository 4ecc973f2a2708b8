import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { TEST_RESULTS_DIR, isLoopback } from "../../../playground/testing/browser.js";


/**
 * The Teams tab in headless Chromium, in dev mode (as the playground opens it): requests that
 * would leave the machine are blocked and listed, console errors are kept for the failure
 * message, and a failing test leaves a screenshot in apps/bot/test-results/.
 */
export class TabPage {
  readonly blocked: string[] = [];
  readonly consoleErrors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /** Opens /tab/?<query> and waits until the header names who is signed in. */
  static async open(browser: Browser, baseUrl: string, query: string, options: { timeoutMs?: number } = {}): Promise<TabPage> {
    const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const tab = new TabPage(context, page);
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (isLoopback(url)) await route.continue();
      else {
        tab.blocked.push(url);
        await route.abort();
      }
    });
    page.on("console", (message) => {
      if (message.type() === "error") tab.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => tab.consoleErrors.push(error.message));
    page.setDefaultTimeout(options.timeoutMs ?? 20_000);
    await page.goto(`${baseUrl}/tab/?${query}`);
    await page.getByTestId("who").waitFor({ state: "visible" });
    return tab;
  }

  async openView(name: string): Promise<void> {
    await this.page.getByRole("tab", { name, exact: true }).click();
  }

  async screenshot(name: string): Promise<string> {
    await mkdir(TEST_RESULTS_DIR, { recursive: true });
    const path = join(TEST_RESULTS_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
