import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { TEST_RESULTS_DIR, openGuardedPage } from "../../../playground/testing/browser.js";

/**
 * The Teams tab in headless Chromium, in dev mode (as the playground opens it): requests that
 * would leave the machine are blocked and listed, console errors are kept for the failure
 * message, and a failing test leaves a screenshot in apps/bot/test-results/.
 */
export class TabPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly blocked: string[],
    readonly consoleErrors: string[],
  ) {}

  /** Opens /tab/?<query> and waits until the header names who is signed in. */
  static async open(
    browser: Browser,
    baseUrl: string,
    query: string,
    options: { timeoutMs?: number; width?: number } = {},
  ): Promise<TabPage> {
    const guarded = await openGuardedPage(browser, `${baseUrl}/tab/?${query}`, {
      viewport: { width: options.width ?? 1280, height: 900 },
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    const tab = new TabPage(guarded.context, guarded.page, guarded.blocked, guarded.consoleErrors);
    await tab.page.getByTestId("who").waitFor({ state: "visible" });
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
