import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkResultCard, intakeSummaryCard, type AdaptiveCard } from "@convenantbot/cards";
import {
  deadlinesFrom,
  evaluateRulebook,
  isValidOn,
  listRulebooks,
  resolveRulebook,
  snelcheckSections,
  type Facts,
  type IsoDate,
} from "@convenantbot/domain";
import { proposalsFor, render } from "../intake/intake-flow.js";
import { summaryRecipients } from "../cases/after-submit.js";
import type { IntakeState } from "../intake/intake-state.js";
import { snelcheckForm } from "../bot/snelcheck-form.js";
import { chromiumStatus, launchChromium } from "./testing/browser.js";

/**
 * Issue 15 item 1: "every card under ~600 px for the common case". Each card is rendered by
 * Microsoft's own Adaptive Cards renderer (the `adaptivecards` package, default host config)
 * in headless Chromium and its height measured. ASSUMED: 460 px wide, about a Teams desktop
 * chat bubble; the hidden "Toon alle regels" part is collapsed, as a caseworker first sees it.
 */
const CARD_WIDTH = 460;
/** The issue's "~600 px": the figures are printed; the bound allows the "~" (the renderer's padding included). */
const MAX_HEIGHT = 640;

const status = chromiumStatus();
const skip = !status.available && !status.required;
if (skip) console.warn(`[card height e2e] skipped: ${status.reason}. With CI=true this is a failure, not a skip.`);

// facts.md worked example: the eligible LV candidate.
const lvEligible: Facts = {
  residentOf: "Voorburg",
  yearsResident: 7,
  yearsResidentInLast10: 7,
  minorChildren: 0,
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
// The KW table's complete household (kw-huisuitzetting-2019.cases.yaml, first row).
const kwEligible: Facts = {
  landlordCorporation: "kw-quawonen",
  notSelfReliant: true,
  opiumActViolation: false,
  illegalOccupation: false,
  hasResidenceStatus: true,
  extremeNuisance: false,
  hasLegalIncome: true,
  willingToCooperate: true,
  paysCurrentRent: true,
  minorChildren: 0,
};
// The GV table's calamity refusal (gv-urgentie-2019.cases.yaml): the one failing rule must come first.
const gvRefused: Facts = {
  urgentWithin3Months: true,
  triedToSolve: true,
  livesInRegion: true,
  householdIncome: 30000,
  grounds: ["calamiteit"],
  homePermanentlyUninhabitable: false,
  canArrangeOwnHousing: false,
};

function checkCard(rulebookId: string, facts: Facts, asOf: IsoDate): AdaptiveCard {
  const rulebook = resolveRulebook(rulebookId, asOf);
  return checkResultCard({
    result: evaluateRulebook(rulebook, facts, asOf),
    rulebookTitle: rulebook.title,
    lang: "nl",
    factQuestions: rulebook.facts,
  });
}

/** The summary as the bot builds it for a caseworker of `ownPartyId` (own care party proposed first). */
function summaryCard(rulebookId: string, facts: Facts, asOf: IsoDate, ownPartyId: string): AdaptiveCard {
  const rulebook = resolveRulebook(rulebookId, asOf);
  const result = evaluateRulebook(rulebook, facts, asOf);
  return intakeSummaryCard({
    result,
    rulebookTitle: rulebook.title,
    lang: "nl",
    proposals: proposalsFor(
      rulebook,
      { rulebook: rulebookId, asOf, facts, ownPartyId } as unknown as IntakeState,
      result,
    ),
    deadlines: deadlinesFrom(rulebook.deadlines, "aanmelding", asOf),
    afterSubmit: summaryRecipients(rulebook, facts, ownPartyId, "nl"),
  });
}

/** The card the bot itself shows at the end of an intake (render: with "Wijzig een antwoord", issue 15 item 3). */
function botEndCard(rulebookId: string, facts: Facts, asOf: IsoDate, ownPartyId: string): AdaptiveCard {
  const state: IntakeState = {
    rulebook: rulebookId,
    asOf,
    facts,
    answered: Object.keys(facts),
    status: "active",
    ownPartyId,
    revision: Object.keys(facts).length,
  };
  const reply = render(state, "nl").replies.find((r) => r.kind === "card");
  if (reply?.kind !== "card") throw new Error("render gave no card");
  return reply.card;
}

const lvExclusions = [
  "transgressiveBehaviour",
  "hasSuitableHousing",
  "needsIntramuralCare",
  "evictedLast3Years",
  "tbsMeasure",
];
const withoutFacts = (facts: Facts, names: readonly string[]): Facts =>
  Object.fromEntries(Object.entries(facts).filter(([k]) => !names.includes(k)));

const commonCases: { name: string; card: () => AdaptiveCard }[] = [
  {
    name: "LV-vraag met drie antwoorden samengevat",
    card: () =>
      botEndCard(
        "lv-zorgafhankelijk-2025",
        { receivesSupport: true, canFindHousingAlone: false, targetGroup: "psychiatrisch" },
        "2026-11-23",
        "lv-ribw-fonteynenburg",
      ),
  },
  {
    name: "LV-uitsluitingen als één checklist",
    card: () =>
      botEndCard(
        "lv-zorgafhankelijk-2025",
        withoutFacts(lvEligible, lvExclusions),
        "2026-11-23",
        "lv-ribw-fonteynenburg",
      ),
  },
  {
    name: "einde LV-aanmelding zoals de bot hem toont (samenvatting)",
    card: () => botEndCard("lv-zorgafhankelijk-2025", lvEligible, "2026-11-23", "lv-ribw-fonteynenburg"),
  },
  {
    name: "einde LV-aanmelding, niet in aanmerking, met 'Wijzig een antwoord'",
    card: () =>
      botEndCard(
        "lv-zorgafhankelijk-2025",
        { ...lvEligible, evictedLast3Years: true, evictionReason: "overlast", fromNoodwoning: false },
        "2026-11-23",
        "lv-ribw-fonteynenburg",
      ),
  },
  {
    name: "snelcheck LV, komt in aanmerking",
    card: () => checkCard("lv-zorgafhankelijk-2025", lvEligible, "2026-11-23"),
  },
  {
    name: "snelcheck KW, komt in aanmerking",
    card: () => checkCard("kw-huisuitzetting-2019", kwEligible, "2026-03-01"),
  },
  {
    name: "snelcheck GV urgentie, afgewezen op grond 2",
    card: () => checkCard("gv-urgentie-2019", gvRefused, "2020-03-01"),
  },
  {
    name: "samenvatting LV-aanmelding, komt in aanmerking",
    card: () => summaryCard("lv-zorgafhankelijk-2025", lvEligible, "2026-11-23", "lv-ribw-fonteynenburg"),
  },
  {
    name: "samenvatting KW-aanmelding, komt in aanmerking",
    card: () => summaryCard("kw-huisuitzetting-2019", kwEligible, "2026-03-01", "kw-quawonen"),
  },
  // Issue 15: the snelcheck form as first shown, for every rulebook (the LV one was 1,689 px in sections, 2,196 px before).
  ...listRulebooks().map((rulebook) => {
    const asOf = isValidOn(rulebook, "2026-11-23") ? "2026-11-23" : rulebook.validity.from;
    return {
      name: `snelcheckformulier ${rulebook.id} ${rulebook.version}`,
      card: () => snelcheckForm(rulebook, "nl", asOf),
    };
  }),
];

describe.skipIf(skip)("card height in Microsoft's Adaptive Cards renderer (headless Chromium)", () => {
  let browser: Browser;
  const renderer = readFileSync(
    createRequire(import.meta.url).resolve("adaptivecards/dist/adaptivecards.min.js"),
    "utf8",
  );

  beforeAll(async () => {
    if (!status.available) return;
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Renders the card in a fresh page; `visit` may click in it (the renderer runs its toggles) and measure it as shown. */
  async function withCard<T>(
    card: AdaptiveCard,
    visit: (page: Page, measure: () => Promise<number>) => Promise<T>,
  ): Promise<T> {
    if (!browser) throw new Error(`CI=true but ${status.reason}: the card height test must run in CI`);
    const page = await browser.newPage({ viewport: { width: 800, height: 2000 } });
    try {
      await page.setContent(
        `<!doctype html><html><body style="margin:0;font-family:'Segoe UI',sans-serif"><div id="host" style="width:${CARD_WIDTH}px"></div></body></html>`,
      );
      await page.addScriptTag({ content: renderer });
      // Runs in the page; typed loosely because this package compiles without the DOM lib.
      await page.evaluate((json) => {
        type Rendered = { getBoundingClientRect(): { height: number } };
        const page = globalThis as unknown as {
          AdaptiveCards: { AdaptiveCard: new () => { parse(j: unknown): void; render(): Rendered | undefined } };
          document: { getElementById(id: string): { appendChild(e: Rendered): void } };
        };
        const adaptive = new page.AdaptiveCards.AdaptiveCard();
        adaptive.parse(json);
        const element = adaptive.render();
        if (!element) throw new Error("the renderer gave no element");
        page.document.getElementById("host").appendChild(element);
      }, card);
      const measure = async () => {
        const height = await page.evaluate(() => {
          const doc = (
            globalThis as unknown as {
              document: {
                getElementById(id: string): { firstElementChild: { getBoundingClientRect(): { height: number } } };
              };
            }
          ).document;
          return doc.getElementById("host").firstElementChild.getBoundingClientRect().height;
        });
        if (process.env.CARD_SCREENSHOTS)
          await page.screenshot({ path: `${process.env.CARD_SCREENSHOTS}/${Math.round(height)}.png`, fullPage: true });
        return height;
      };
      return await visit(page, measure);
    } finally {
      await page.close();
    }
  }
  const heightOf = (card: AdaptiveCard) => withCard(card, (_page, measure) => measure());

  it(
    `renders each common card at most ${MAX_HEIGHT} px high at ${CARD_WIDTH} px wide`,
    { timeout: 120_000 },
    async () => {
      const figures: string[] = [];
      const heights: Record<string, number> = {};
      for (const { name, card } of commonCases) {
        const height = Math.round(await heightOf(card()));
        heights[name] = height;
        figures.push(`${name}: ${height} px`);
      }
      console.info(
        `[card height] ${CARD_WIDTH} px wide, Adaptive Cards renderer default host config\n  ${figures.join("\n  ")}`,
      );
      // The checklist case really is the checklist (rulebook question group), not a single question.
      expect(
        JSON.stringify(commonCases.find((c) => c.name === "LV-uitsluitingen als één checklist")!.card()),
      ).toContain("Geen van deze");
      for (const [name, height] of Object.entries(heights)) {
        expect(height, name).toBeGreaterThan(100); // it really rendered
        expect(height, name).toBeLessThanOrEqual(MAX_HEIGHT);
      }
    },
  );

  it(
    `opens the GV urgentie follow-ups one section at a time, each at most ${MAX_HEIGHT} px high`,
    { timeout: 120_000 },
    async () => {
      // While the proposals were in force (they run to 30 June 2023, ASSUMED in the rulebook).
      const GV_AS_OF = "2020-03-01";
      const gv = resolveRulebook("gv-urgentie-2019", GV_AS_OF);
      const followUps = snelcheckSections(gv, GV_AS_OF).filter((s) => s.followUp);
      const figures = await withCard(snelcheckForm(gv, "nl", GV_AS_OF), async (page, measure) => {
        const visible = (name: string) => page.getByRole("button", { name, exact: true }).locator("visible=true");
        const shown: [string, number][] = [];
        await page.getByRole("button", { name: /^Toon vervolgvragen/ }).click();
        await page.getByText("Vervolgvragen: open wat van toepassing is").waitFor({ state: "visible" });
        shown.push(["lijst van gronden", await measure()]);
        // A row opens its ground alone: ground 9, the longest, in three parts.
        await page.getByText("› 9. Uitstroom uit een erkende instelling (7)", { exact: true }).click();
        await page
          .getByText("9. Uitstroom uit een erkende instelling (1/3)", { exact: true })
          .waitFor({ state: "visible" });
        await visible("Alle vervolgvragen").click();
        // Then every section, the way a caseworker opens them: a ground from the list, its
        // further parts with "Volgende", back to the list for the next ground.
        for (const [i, section] of followUps.entries()) {
          const title = section.part
            ? `${section.title.nl} (${section.part.index}/${section.part.of})`
            : section.title.nl;
          if ((section.part?.index ?? 1) > 1) await visible("Volgende").click();
          else {
            if (i > 0) await visible("Alle vervolgvragen").click();
            const count = followUps
              .filter((s) => s === section || (s.part && s.title.nl === section.title.nl))
              .reduce((n, s) => n + s.facts.length, 0);
            await page.getByText(`› ${section.title.nl} (${count})`, { exact: true }).click();
          }
          await page.getByText(title, { exact: true }).locator("visible=true").waitFor({ state: "visible" });
          shown.push([title, await measure()]);
        }
        return shown;
      });
      console.info(
        `[card height] GV urgentie follow-ups, one section open at a time\n  ${figures.map(([name, h]) => `${name}: ${Math.round(h)} px`).join("\n  ")}`,
      );
      expect(figures).toHaveLength(followUps.length + 1);
      for (const [name, height] of figures) {
        expect(height, name).toBeGreaterThan(100);
        expect(height, name).toBeLessThanOrEqual(MAX_HEIGHT);
      }
    },
  );
});
