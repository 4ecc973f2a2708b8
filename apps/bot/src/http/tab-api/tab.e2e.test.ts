import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadlinesFrom, findRulebookVersions } from "@convenantbot/domain";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../../app.js";
import { chromiumStatus, launchChromium, waitFor } from "../../playground/testing/index.js";
import { startTestApp } from "../../testing/test-app.js";
import { demo, huurachterstand, overlast, submitSignal } from "./testing/fixtures.js";
import { TabPage } from "./testing/tab-browser.js";
import { ensureTabBuilt } from "./testing/tab-build.js";

const status = chromiumStatus();
// Outside CI a machine without Chromium skips, saying why; under CI=true it must fail.
const skip = !status.available && !status.required;
if (skip) console.warn(`[tab e2e] skipped: ${status.reason}. With CI=true this is a failure, not a skip.`);

describe.skipIf(skip)("the Teams tab in dev mode, against the real app (headless Chromium)", () => {
  // The app's and the store's clock: terms and half years never depend on the day the test runs.
  const now = new Date("2026-11-23T10:00:00.000Z");
  let store: Store;
  let app: RunningApp;
  let browser: Browser | undefined;
  let rentSignal: string;
  let noiseSignal: string;

  beforeAll(async () => {
    // Under CI=true without Chromium every test below fails with the reason (a failing
    // beforeAll would only mark them skipped).
    if (!status.available) return;
    await ensureTabBuilt();
    store = await openStore({ inMemory: true, clock: () => now });
    app = await startTestApp({ store, worker: false, clock: () => now });
    rentSignal = await submitSignal(app, huurachterstand());
    noiseSignal = await submitSignal(app, overlast());
    const lv = findRulebookVersions("lv-zorgafhankelijk-2025").at(-1)!;
    const begeleider = await store.members.byTeamsUserId(demo.begeleider.teamsUserId);
    await store.aanmeldingen.create(
      {
        rulebook: lv.id,
        rulebookVersion: lv.version,
        facts: {},
        supportPartyId: demo.begeleider.partyId,
        status: "ingediend",
        deadlines: deadlinesFrom(lv.deadlines, "aanmelding", "2026-06-01"),
        createdBy: begeleider!.id,
      },
      { actor: "system:test" },
    );
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  const open = (query: string): Promise<TabPage> => {
    if (!browser) throw new Error(`CI=true but ${status.reason}: the tab's browser test must run in CI`);
    return TabPage.open(browser, app.url, query);
  };

  it(
    "loads real data, filters the inbox and acknowledges a signal with the card's action",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const tab = await open("user=29%3Ademo-begeleider");
      onTestFailed(async () => {
        await tab.screenshot("tab-inbox-acknowledge");
        console.error(`[tab e2e] console errors: ${tab.consoleErrors.join(" | ")}`);
      });
      const { page } = tab;
      await expect.poll(() => page.getByTestId("who").textContent()).toContain("RIBW Fonteynenburg");
      const count = page.getByTestId("signal-count");
      await expect.poll(() => count.textContent()).toBe("2 signalen");

      // Filter by type: only the overlast signal is left.
      await page.getByLabel("Soort", { exact: true }).selectOption("overlast");
      await expect.poll(() => count.textContent()).toBe("1 signaal");
      const rows = page.getByTestId("signal-table").locator("tbody tr");
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain("Testhuurder Twee");

      // Open it and acknowledge it, as the card's "Bevestig ontvangst".
      await rows.first().getByRole("button", { name: "Open", exact: true }).click();
      const detail = page.getByTestId("signal-detail");
      await detail.getByRole("button", { name: "Bevestig ontvangst", exact: true }).click();
      await expect
        .poll(() => detail.getByTestId("action-result").textContent())
        .toBe("Gelukt: de status is nu 'bevestigd'.");
      await expect.poll(() => detail.getByTestId("signal-history").textContent()).toContain("ontvangst bevestigd");

      // The store has it, through the same SignalService as the card.
      const stored = await store.signals.get(noiseSignal);
      expect(
        app.signals.viewOf(stored!, { partyId: demo.begeleider.partyId, role: "zorgorganisatie" })?.own?.status,
      ).toBe("bevestigd");
      const untouched = await store.signals.get(rentSignal);
      expect(untouched?.status).toBe("nieuw");

      // Filter by status: the acknowledged one is the only "bevestigd" signal.
      await page.getByLabel("Soort", { exact: true }).selectOption("");
      await page.getByLabel("Status", { exact: true }).selectOption("bevestigd");
      await expect.poll(() => count.textContent()).toBe("1 signaal");
      expect(await rows.first().textContent()).toContain("Testhuurder Twee");

      expect(tab.blocked).toEqual([]);
      expect(tab.consoleErrors).toEqual([]);
      await tab.close();
    },
  );

  it(
    "a card's deep link (?open=signal:<id>) opens that signal's detail straight away",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const tab = await open(`user=29%3Ademo-begeleider&open=signal%3A${rentSignal}`);
      onTestFailed(async () => void (await tab.screenshot("tab-deep-link")));
      const detail = tab.page.getByTestId("signal-detail");
      await expect.poll(() => detail.textContent()).toContain("Testhuurder Een");
      expect(tab.consoleErrors).toEqual([]);
      await tab.close();
    },
  );

  it(
    "shows the aanmeldingen with a passed offer target and the LV dashboard, without another region's verdeelsleutel",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const tab = await open("user=29%3Ademo-begeleider");
      onTestFailed(async () => {
        await tab.screenshot("tab-aanmeldingen-verdeelsleutel");
      });
      const { page } = tab;

      await tab.openView("Aanmeldingen");
      const aanmeldingen = page.getByTestId("aanmelding-table");
      await expect.poll(() => aanmeldingen.locator("tbody tr").count()).toBe(1);
      const row = aanmeldingen.locator("tbody tr").first();
      expect(await row.textContent()).toContain("LV.5.4");
      // LV.5.4 is "indien mogelijk binnen drie maanden" (art. 5 lid 4): past its date it reads as a passed target, no breach.
      expect(await row.locator('[data-target-passed="true"]').count()).toBe(1);
      expect(await row.textContent()).toContain("streefdatum voorbij");

      await tab.openView("Platform");
      await page.getByLabel("Regeling", { exact: true }).selectOption("lv-zorgafhankelijk-2025");
      // The LV dashboard from the store: Stichting Duivenvoorde's agreed one home a year.
      const quota = page.getByTestId("quota-table");
      await expect.poll(() => quota.textContent()).toContain("Stichting Duivenvoorde");
      await expect.poll(() => page.getByTestId("monitoring-table").textContent()).toContain("2026-H2");
      // Midden-Holland's verdeelsleutel is not the LV begeleider's business.
      expect(await page.getByRole("button", { name: "Bereken verdeelsleutel", exact: true }).count()).toBe(0);
      expect(tab.blocked).toEqual([]);
      await tab.close();
    },
  );

  it(
    "computes Midden-Holland's verdeelsleutel, with its working, for a party of that region",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const tab = await open("user=29%3Ademo-hulpverlener-mh");
      onTestFailed(async () => {
        await tab.screenshot("tab-verdeelsleutel");
      });
      const { page } = tab;
      await tab.openView("Platform");

      // MH.3 with the prefilled illustrative figures.
      await page.getByRole("button", { name: "Bereken verdeelsleutel", exact: true }).click();
      const result = page.getByTestId("verdeelsleutel-result");
      await result.waitFor({ state: "visible" });
      const allocated = await waitFor("the verdeelsleutel result rows", async () => {
        const texts = await result.locator("tbody tr").allTextContents();
        return texts.length === 5 ? texts : undefined;
      });
      expect(allocated.find((t) => t.startsWith("Gouda"))).toMatch(/24$/);
      expect(allocated.find((t) => t.startsWith("Zuidplas"))).toMatch(/9$/);
      const working = await page.getByTestId("verdeelsleutel-working").textContent();
      expect(working).toContain("tellen samen op tot precies 60");
      expect(working).toContain("Gouda (overschot 0,9727) en Zuidplas (overschot 0,3917)");

      expect(tab.blocked).toEqual([]);
      await tab.close();
    },
  );

  it("speaks English and follows the dark Teams theme when asked", { timeout: 120_000 }, async ({ onTestFailed }) => {
    const tab = await open("user=29%3Ademo-casemanager&lang=en&theme=dark");
    onTestFailed(async () => {
      await tab.screenshot("tab-english-dark");
    });
    const { page } = tab;
    await page.getByRole("tab", { name: "Signals", exact: true }).waitFor({ state: "visible" });
    expect(await page.locator("[data-theme]").first().getAttribute("data-theme")).toBe("dark");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    // The Lokale Kamer's casemanager has none of the begeleider's signals.
    await expect.poll(() => page.getByTestId("signal-count").textContent()).toBe("0 signals");
    await tab.close();
  });

  it(
    "a landlord uploads its arrears as a CSV file: the valid rows become signals, the refused row is named by its line",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const tab = await open("user=29%3Ademo-woonconsulent");
      onTestFailed(async () => {
        await tab.screenshot("tab-csv-upload");
        console.error(`[tab e2e] console errors: ${tab.consoleErrors.join(" | ")}`);
      });
      const { page } = tab;
      await expect.poll(() => page.getByTestId("who").textContent()).toContain("Vidomes");
      const csv = [
        "type;rulebook;signalDate;tenant.name;tenant.postcode;tenant.huisnummer;monthsInArrears;amountInArrears;paymentArrangement;courtStage;caseContext.supportPartyId",
        "huurachterstand;lv-zorgafhankelijk-2025;2026-11-23;Csvhuurder Een;2271 AB;3;2;1.450,50;nee;none;lv-ribw-fonteynenburg",
        "huurachterstand;lv-zorgafhankelijk-2025;2026-11-23;Csvhuurder Twee;2271 AB;twaalf;2;800;nee;none;lv-ribw-fonteynenburg",
      ].join("\r\n");
      // The file is chosen as a caseworker would; the tab reads it and sends its text (no form upload).
      await page.getByTestId("signal-upload-input").setInputFiles({
        name: "achterstanden-november.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(csv, "utf8"),
      });
      await expect
        .poll(() => page.getByTestId("signal-upload-result").textContent())
        .toBe("achterstanden-november.csv: 1 van 2 signalen opgeslagen (1 nieuw), 1 geweigerd.");
      const refused = page.getByTestId("signal-upload-refused").locator("tbody tr");
      await expect.poll(() => refused.count()).toBe(1);
      expect(await refused.first().textContent()).toContain("tenant.huisnummer");
      expect(await refused.first().locator("td").first().textContent()).toContain("3");
      // The inbox reloads and lists the stored one, as sent by Vidomes.
      await expect.poll(() => page.getByTestId("signal-table").textContent()).toContain("Csvhuurder Een");
      expect(tab.consoleErrors).toEqual([]);
      expect(tab.blocked).toEqual([]);
      await tab.close();
    },
  );
});
