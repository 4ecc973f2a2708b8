import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../app.js";
import { nextQuestions, resolveRulebook, snelcheckSections } from "@convenantbot/domain";
import { startTestApp } from "../testing/test-app.js";
import { chromiumStatus, launchChromium, WebChatPage } from "./testing/browser.js";
import { ensurePlaygroundBuilt } from "./testing/page-build.js";

// Issue 15: "every card under ~600 px for the common case". Measured as rendered by Web Chat
// in headless Chromium (viewport 1000 x 800, bubble max 640 px): the card's bounding box.
const TODAY = "2026-11-23";
const TARGET_PX = 600;
// facts.md worked example (eligible LV candidate).
const lvEligible: Record<string, unknown> = {
  residentOf: "Voorburg",
  yearsResident: 7,
  yearsResidentInLast10: 7,
  minorChildren: 0,
  targetGroup: "psychiatrisch",
  receivesSupport: true,
  canFindHousingAlone: false,
  wlzFinanced: false,
  transgressiveBehaviour: false,
  validId: true,
  registeredWoonnet: true,
  hasSuitableHousing: false,
  needsIntramuralCare: false,
  canLiveIndependently: true,
  financiallySelfReliant: true,
  incomeCoversRent: true,
  hasProblemDebts: false,
  agreedSupportPlan: true,
  budgetManagement: true,
  evictedLast3Years: false,
  tbsMeasure: false,
};
const typed = (value: unknown) => (value === true ? "ja" : value === false ? "nee" : String(value));
const status = chromiumStatus();
const skip = !status.available && !status.required;
if (skip)
  console.warn(`[intake card height e2e] skipped: ${status.reason}. With CI=true this is a failure, not a skip.`);

describe.skipIf(skip)("intake card heights in Web Chat (headless Chromium)", () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!status.available) return;
    await ensurePlaygroundBuilt();
    app = await startTestApp({ clock: () => new Date(`${TODAY}T10:00:00Z`), worker: false });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await app?.store.close();
  });

  it(
    "the LV question card with its summary, the exclusions checklist and the cancel question stay under ~600 px",
    { timeout: 180_000 },
    async ({ onTestFailed }) => {
      if (!browser) throw new Error(`CI=true but ${status.reason}`);
      const chat = await WebChatPage.open(browser, app.url, "29:demo-begeleider");
      onTestFailed(async () => void (await chat.screenshot("e2e-card-height")));
      const lastCardHeight = async (waitFor: string) => {
        await chat.page.getByText(waitFor, { exact: false }).last().waitFor({ state: "visible" });
        const box = await chat.page.locator(".ac-adaptiveCard").last().boundingBox();
        return Math.round(box?.height ?? Number.NaN);
      };
      await chat.send("nieuwe aanmelding lv");
      const rulebook = resolveRulebook("lv-zorgafhankelijk-2025", TODAY);
      const grouped = new Set(rulebook.questionGroups?.flatMap((g) => g.facts) ?? []);
      const facts: Record<string, unknown> = {};
      const heights: { first?: number; withSummary?: number; checklist?: number } = {};
      for (let step = 0; step < 20; step++) {
        const question = nextQuestions(rulebook, facts, TODAY, { limit: 1 }).questions[0];
        if (!question) break;
        if (grouped.has(question.fact)) {
          heights.checklist = await lastCardHeight("Geen van deze");
          break;
        }
        const height = await lastCardHeight(question.text.nl);
        if (step === 0) heights.first = height;
        if (step === 3) heights.withSummary = height; // three answers summarised above the question
        const value = lvEligible[question.fact];
        expect(value, question.fact).toBeDefined();
        await chat.send(typed(value)); // typed, as the card advertises
        facts[question.fact] = value;
      }
      const { first = Number.NaN, withSummary = Number.NaN, checklist = Number.NaN } = heights;
      await chat.send("annuleer");
      const confirm = await lastCardHeight("Weet je zeker");
      console.log(
        `[intake card height] first question ${first} px; question with summary ${withSummary} px; exclusions checklist ${checklist} px; cancel question ${confirm} px`,
      );
      for (const height of [first, withSummary, checklist, confirm]) expect(height).toBeLessThanOrEqual(TARGET_PX);
      await chat.close();
    },
  );
  it(
    "the LV snelcheck, one step at a time with the follow-ups hidden, is far shorter than the 2,196 px form of issue 15",
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      if (!browser) throw new Error(`CI=true but ${status.reason}`);
      const chat = await WebChatPage.open(browser, app.url, "29:demo-begeleider");
      onTestFailed(async () => void (await chat.screenshot("e2e-snelcheck-height")));
      await chat.send("snelcheck lv");
      await chat.page
        .getByText(/^Stap 1 van \d+: Basisvragen$/)
        .last()
        .waitFor({ state: "visible" });
      const card = chat.page.locator(".ac-adaptiveCard").last();
      const collapsed = Math.round((await card.boundingBox())?.height ?? Number.NaN);
      // Page through the form as a caseworker would: one step open at a time, each under ~600 px.
      const pages = snelcheckSections(resolveRulebook("lv-zorgafhankelijk-2025", TODAY), TODAY).filter(
        (s) => !s.followUp,
      ).length;
      const pageHeights = [collapsed];
      for (let page = 2; page <= pages; page++) {
        await card.getByRole("button", { name: "Volgende", exact: true }).locator("visible=true").click();
        await card.getByText(`Stap ${page} van ${pages}:`, { exact: false }).waitFor({ state: "visible" });
        pageHeights.push(Math.round((await card.boundingBox())?.height ?? Number.NaN));
      }
      await card.getByText("Geen van deze", { exact: true }).waitFor({ state: "visible" }); // the last step is the exclusions checklist
      console.log(`[intake card height] snelcheck lv steps: ${pageHeights.join(", ")} px`);
      for (const height of pageHeights) expect(height).toBeLessThanOrEqual(TARGET_PX);
      await card.getByRole("button", { name: "Vorige", exact: true }).locator("visible=true").click();
      await card.getByText(`Stap ${pages - 1} van ${pages}:`, { exact: false }).waitFor({ state: "visible" });
      expect(await card.getByText(`Stap ${pages} van ${pages}:`, { exact: false }).isVisible()).toBe(false);
      await chat.page
        .getByRole("button", { name: /^Toon vervolgvragen/ })
        .last()
        .click();
      await chat.page
        .getByText("Vervolgvragen (alleen als van toepassing)", { exact: true })
        .last()
        .waitFor({ state: "visible" });
      const expanded = Math.round((await card.boundingBox())?.height ?? Number.NaN);
      console.log(
        `[intake card height] snelcheck lv ${collapsed} px (follow-ups hidden), ${expanded} px with follow-ups shown`,
      );
      expect(collapsed).toBeLessThan(expanded);
      expect(collapsed).toBeLessThan(2196);
      await chat.close();
    },
  );
});
